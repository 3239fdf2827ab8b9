"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { addPredictionAction } from "@/app/_actions/add-prediction";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScenarioDto } from "@/lib/dto/forecast";
import type { ScaleId } from "@/lib/estimative/scales";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorSummary } from "./error-summary";
import { predictionErrorsOf, repeatsStanding, toPredictionRequest, validatePredictionForm, type PredictionFormErrors, type PredictionFormValues } from "./prediction-form-values";
import { ProbabilityHint } from "./probability-hint";
import { readProbability } from "./probability-reading";
import { ProbabilityTotal } from "./probability-total";
import { useLeaveGuard } from "./use-leave-guard";

interface PredictionFormProps {
  forecastId: string;
  scenarios: ScenarioDto[];
  scale: ScaleId;
  /** The analyst's standing probabilities, if they have predicted. */
  current: Record<string, number> | null;
}

/** At most one message at a time: the newest outcome replaces the last. */
type Outcome = { kind: "saved" } | { kind: "refused"; text: string } | { kind: "fields"; errors: PredictionFormErrors; values: PredictionFormValues } | null;

const labelOf = (s: ScenarioDto) => `${s.label}${s.baseline ? " (baseline)" : ""}`;

export function PredictionForm({ forecastId, scenarios, scale, current }: PredictionFormProps) {
  const router = useRouter();
  const initial = Object.fromEntries(scenarios.map((s) => [s.id, current?.[s.id] !== undefined ? String(current[s.id]) : ""]));
  const form = useForm<PredictionFormValues>({ defaultValues: { probabilities: initial, rationale: "" } });
  const values = form.watch();
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [askRepeat, setAskRepeat] = useState(false);
  const [focusTop, setFocusTop] = useState(0);
  const topRef = useRef<HTMLDivElement>(null);
  const giveReason = useRef(false);
  const leave = useLeaveGuard(form.formState.isDirty && !busy, "Your prediction");

  const errors: PredictionFormErrors = attempted ? validatePredictionForm(values, scenarios, scale) : {};
  if (outcome?.kind === "fields") {
    for (const [field, message] of Object.entries(outcome.errors)) if (JSON.stringify(values) === JSON.stringify(outcome.values)) errors[field] ??= message;
  }
  const summary = [
    ...scenarios.filter((s) => errors[`probabilities.${s.id}`]).map((s) => ({ field: `probabilities.${s.id}`, label: labelOf(s), message: errors[`probabilities.${s.id}`] })),
    ...(errors.total ? [{ field: "total", label: "Total", message: errors.total }] : []),
    ...(errors.rationale ? [{ field: "rationale", label: "Rationale", message: errors.rationale }] : []),
    ...(errors.form ? [{ field: "form", label: "", message: errors.form }] : []),
  ];

  useEffect(() => {
    if (focusTop > 0) topRef.current?.focus();
  }, [focusTop]);

  function focusField(field: string) {
    if (field === "total") return form.setFocus(`probabilities.${scenarios[0].id}`);
    if (field === "form") return topRef.current?.focus();
    form.setFocus(field as `probabilities.${string}` | "rationale");
  }

  async function save(submitted: PredictionFormValues) {
    setAskRepeat(false);
    setBusy(true);
    const result = await addPredictionAction(forecastId, toPredictionRequest(submitted, scenarios, scale));
    setBusy(false);
    if (!result.ok) {
      const fieldErrors = predictionErrorsOf(result.fieldErrors, submitted);
      setOutcome(Object.keys(fieldErrors).length > 0 ? { kind: "fields", errors: fieldErrors, values: submitted } : { kind: "refused", text: result.message });
      setFocusTop((n) => n + 1);
      return;
    }
    setAttempted(false);
    setOutcome({ kind: "saved" });
    form.reset({ probabilities: submitted.probabilities, rationale: "" });
    router.refresh();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setAttempted(true);
    const submitted = form.getValues();
    if (Object.keys(validatePredictionForm(submitted, scenarios, scale)).length > 0) {
      setFocusTop((n) => n + 1);
      return;
    }
    // Predictions are never deleted: the same numbers again, with no reason given, are asked about first.
    if (!submitted.rationale.trim() && repeatsStanding(toPredictionRequest(submitted, scenarios, scale), current)) {
      setAskRepeat(true);
      return;
    }
    void save(submitted);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Add a prediction">
      {summary.length > 0 ? (
        <ErrorSummary ref={topRef} items={summary} onSelect={focusField} />
      ) : outcome?.kind === "refused" ? (
        <div ref={topRef} tabIndex={-1}>
          <Alert tone="error">{outcome.text}</Alert>
        </div>
      ) : (
        outcome?.kind === "saved" && <Alert tone="success">Your prediction was added to the history.</Alert>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        {scenarios.map((s) => {
          const name = `probabilities.${s.id}` as const;
          return (
            <Field
              key={s.id}
              label={labelOf(s)}
              error={errors[name]}
              hint={<ProbabilityHint text={values.probabilities?.[s.id] ?? ""} scale={scale} sayProblem={!errors[name]} onUse={(value) => form.setValue(name, value, { shouldDirty: true })} />}
            >
              {(p) => <input {...p} {...form.register(name)} inputMode="text" autoComplete="off" placeholder="e.g. 40 or unlikely" className={inputClass} />}
            </Field>
          );
        })}
      </div>
      <ProbabilityTotal
        readings={scenarios.map((s) => readProbability(values.probabilities?.[s.id] ?? "", scale))}
        labels={scenarios.map((s) => s.label)}
        error={errors.total}
        onFill={(index, value) => form.setValue(`probabilities.${scenarios[index].id}`, value, { shouldDirty: true })}
        onNormalise={(normalised) => normalised.forEach((value, index) => form.setValue(`probabilities.${scenarios[index].id}`, value, { shouldDirty: true }))}
      />
      <Field label="Rationale" error={errors.rationale} hint="What changed your mind, or what holds it steady.">
        {(p) => <textarea {...p} {...form.register("rationale")} rows={3} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={busy}>{busy ? "Adding…" : "Add prediction"}</Button>
      </div>
      <ConfirmDialog
        open={askRepeat}
        title="Add the same prediction again?"
        confirmLabel="Add it anyway"
        cancelLabel="Go back and give a reason"
        onConfirm={() => void save(form.getValues())}
        onCancel={() => {
          giveReason.current = true;
          setAskRepeat(false);
        }}
        afterClose={() => {
          if (giveReason.current) form.setFocus("rationale");
          giveReason.current = false;
        }}
      >
        <p>These are the numbers you already stand at, and there is no rationale.</p>
        <p>Predictions are never edited or deleted, so this one would stay in the history for good. Saying what you checked (“reviewed after the election results; no change”) makes it worth keeping.</p>
      </ConfirmDialog>
      {leave.dialog}
    </form>
  );
}
