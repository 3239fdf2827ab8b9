"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { createForecastAction } from "@/app/_actions/create-forecast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScaleId } from "@/lib/estimative/scales";
import { findVagueTerms } from "@/lib/estimative/vague";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { MAX_SCENARIOS, MIN_SCENARIOS } from "@/lib/validation/forecast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorSummary } from "./error-summary";
import { labelOf } from "./forecast-form-messages";
import { fieldsInOrder, formErrorsOf, toForecastRequest, validateForecastForm, type ForecastFormValues, type FormErrors } from "./forecast-form-values";
import { ProbabilityHint } from "./probability-hint";
import { readProbability, wordsExample } from "./probability-reading";
import { ProbabilityTotal } from "./probability-total";
import { useLeaveGuard } from "./use-leave-guard";

interface ForecastFormProps {
  scale: ScaleId;
  teams: { id: string; name: string }[];
  initial: Partial<ForecastFormValues>;
  reportTitle?: string;
  /** The vague words of the judgment this form starts from, if any. */
  vagueTerms?: string;
  /** The judgment's own horizon, when it has already passed. */
  passedHorizon?: string;
  /** Whether this person may record a judgment as history through the import (admins). */
  mayImport?: boolean;
}

const EMPTY: ForecastFormValues = {
  title: "",
  statement: "",
  resolutionCriteria: "",
  closesOn: "",
  confidence: "moderate",
  tags: "",
  teamId: "",
  reportId: "",
  excerpt: "",
  rationale: "",
  baselineIndex: "0",
  scenarios: [
    { label: "", description: "", probability: "" },
    { label: "", description: "", probability: "" },
  ],
};

/** What the value of a field was: a server error stays beside its field until the field changes. */
function valueAt(values: ForecastFormValues, field: string): string {
  if (field === "form") return JSON.stringify(values);
  if (field === "probabilitiesTotal") return JSON.stringify(values.scenarios.map((s) => s.probability));
  if (field === "scenariosRoot") return values.baselineIndex;
  return JSON.stringify(field.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values) ?? null);
}

function hasTypedScenarios(values: ForecastFormValues): boolean {
  return values.scenarios.some((s) => s.label.trim() || s.description.trim() || s.probability.trim());
}

export function ForecastForm({ scale, teams, initial, reportTitle, vagueTerms, passedHorizon, mayImport = false }: ForecastFormProps) {
  const router = useRouter();
  const form = useForm<ForecastFormValues>({ defaultValues: { ...EMPTY, ...initial } });
  const scenarios = useFieldArray({ control: form.control, name: "scenarios" });
  const values = form.watch();
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<{ errors: FormErrors; values: ForecastFormValues } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [askYesNo, setAskYesNo] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const leave = useLeaveGuard(form.formState.isDirty && !busy, "The new forecast");

  const live = validateForecastForm(values, scale, Date.now());
  const errors: FormErrors = attempted ? { ...live } : {};
  // A judgment whose horizon has passed: the horizon is marked from the start, until it is changed.
  if (passedHorizon && values.closesOn === passedHorizon && live.closesOn) errors.closesOn = live.closesOn;
  for (const [field, message] of Object.entries(server?.errors ?? {})) {
    if (valueAt(values, field) === valueAt(server!.values, field)) errors[field] ??= message;
  }
  const fields = fieldsInOrder(errors);
  // The summary answers a submit; before one, a marked field (a passed horizon) speaks for itself.
  const summarised = attempted || server !== null ? fields : [];

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);
  useEffect(() => {
    if (passedHorizon) form.setFocus("closesOn");
  }, [passedHorizon, form]);

  const vague = [...new Set(findVagueTerms(values.statement ?? "").map((m) => m.term.toLowerCase()))];
  const readings = values.scenarios.map((s) => readProbability(s.probability, scale));

  function applyYesNoShape() {
    const probability = form.getValues("scenarios.0.probability") ?? "";
    scenarios.replace([
      { label: "Yes", description: "The statement comes true.", probability },
      { label: "No", description: "The statement does not come true.", probability: "" },
    ]);
    form.setValue("baselineIndex", "0", { shouldDirty: true });
    setAskYesNo(false);
  }

  function focusField(field: string) {
    if (field === "probabilitiesTotal") return form.setFocus("scenarios.0.probability");
    if (field === "scenariosRoot") return form.setFocus("baselineIndex");
    if (field === "reportId" || field === "form") return summaryRef.current?.focus();
    form.setFocus(field as Path<ForecastFormValues>);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setServer(null);
    setAttempted(true);
    const submitted = form.getValues();
    if (Object.keys(validateForecastForm(submitted, scale, Date.now())).length > 0) {
      setFocusSummary((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await createForecastAction(toForecastRequest(submitted, scale));
    if (!result.ok) {
      setBusy(false);
      const fieldErrors = formErrorsOf(result.fieldErrors, submitted);
      // Field problems are said beside their fields (the message names API fields); anything else as it is.
      if (Object.keys(fieldErrors).length > 0) setServer({ errors: fieldErrors, values: submitted });
      else setFailure(result.message);
      setFocusSummary((n) => n + 1);
      return;
    }
    leave.allowLeave();
    router.push(`/forecasts/${result.data.id}`);
  }

  const scenarioFields = (index: number) => ({
    label: errors[`scenarios.${index}.label`],
    description: errors[`scenarios.${index}.description`],
    probability: errors[`scenarios.${index}.probability`],
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label="New forecast">
      {summarised.length > 0 ? (
        <ErrorSummary ref={summaryRef} items={summarised.map((field) => ({ field, label: labelOf(field), message: errors[field] }))} onSelect={focusField} />
      ) : (
        failure && (
          <div ref={summaryRef} tabIndex={-1}>
            <Alert tone="error" title="The forecast was not saved">{failure}</Alert>
          </div>
        )
      )}
      {reportTitle && (
        <Alert tone="info">
          From the report <strong>{reportTitle}</strong>. The excerpt and the link to the report are kept.
          {errors.reportId && <span className="mt-1 block font-semibold text-overtaken">{errors.reportId}</span>}
        </Alert>
      )}
      {passedHorizon && (
        <Alert tone="warning" title="This judgment's horizon has passed">
          The report puts its horizon at {formatDay(`${passedHorizon}T00:00:00Z`)}, and a new forecast must close after today. Either set a new horizon
          below, or keep the judgment as a record of what was forecast then:{" "}
          {mayImport
            ? "as an administrator you can record it as a historical forecast, with its original dates, through the import of track records (the only way to back-date; it arrives with the reviewers’ tools)."
            : "an administrator can import it as a historical record."}
        </Alert>
      )}
      {vagueTerms && (
        <Alert tone="warning" title="This judgment is vague">
          The report says “{vagueTerms}”, which has no agreed probability. Put a number on each scenario before saving.
        </Alert>
      )}
      <Field label="Title" error={errors.title} hint="A short question-like title, e.g. “Proxies keep attacks low-level until the elections”.">
        {(p) => <input {...p} {...form.register("title")} className={inputClass} />}
      </Field>
      <Field
        label="Statement"
        error={errors.statement}
        hint={
          vague.length > 0 ? (
            <span className="font-semibold text-contested">
              Vague wording: {vague.map((v) => `“${v}”`).join(", ")} has no agreed probability. Say how likely with the numbers below.
            </span>
          ) : (
            "The full judgment, as precise as you can make it."
          )
        }
      >
        {(p) => <textarea {...p} {...form.register("statement")} rows={3} className={inputClass} />}
      </Field>
      <Field label="Resolution criteria" error={errors.resolutionCriteria} hint="How a reviewer will decide which scenario happened.">
        {(p) => <textarea {...p} {...form.register("resolutionCriteria")} rows={3} className={inputClass} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label="Horizon" error={errors.closesOn} hint="The forecast closes at the end of this day (UTC).">
          {(p) => <input {...p} {...form.register("closesOn")} type="date" className={inputClass} />}
        </Field>
        <Field label="Analytic confidence" error={errors.confidence} hint="ICD 203: how sound the evidence is, separate from probability.">
          {(p) => (
            <select {...p} {...form.register("confidence")} className={inputClass}>
              <option value="">Not stated</option>
              <option value="low">Low</option>
              <option value="moderate">Moderate</option>
              <option value="high">High</option>
            </select>
          )}
        </Field>
        <Field label="Team" error={errors.teamId}>
          {(p) => (
            <select {...p} {...form.register("teamId")} className={inputClass}>
              <option value="">No team</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>{t.name}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Tags" error={errors.tags} hint="Separate with commas, e.g. iraq, militias.">
        {(p) => <input {...p} {...form.register("tags")} className={inputClass} />}
      </Field>

      <fieldset className="rounded border border-line bg-white p-4">
        <legend className="px-1 font-semibold">Scenarios and your probabilities</legend>
        <p className="mb-3 text-sm text-muted">
          Mutually exclusive outcomes that cover every possibility. Mark the main assessment as the baseline. Type a percentage or an estimative term ({wordsExample(scale)}).
        </p>
        <div className="mb-3 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => (hasTypedScenarios(form.getValues()) ? setAskYesNo(true) : applyYesNoShape())}>
            Yes / no shape
          </Button>
          <Button type="button" variant="secondary" disabled={scenarios.fields.length >= MAX_SCENARIOS} onClick={() => scenarios.append({ label: "", description: "", probability: "" })}>
            Add an alternative
          </Button>
        </div>
        {errors.scenariosRoot && (
          <p id="baseline-error" role="alert" className="mb-2 font-semibold text-overtaken">
            {errors.scenariosRoot}
          </p>
        )}
        <ol className="flex flex-col gap-4">
          {scenarios.fields.map((field, index) => {
            const fieldErrors = scenarioFields(index);
            return (
              <li key={field.id} className="grid gap-3 border-t border-line pt-3 md:grid-cols-[1fr_1fr_14rem]">
                <Field label={`Scenario ${index + 1}`} error={fieldErrors.label}>
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.label`)} className={inputClass} />}
                </Field>
                <Field label={`Scenario ${index + 1} description (optional)`} error={fieldErrors.description}>
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.description`)} className={inputClass} />}
                </Field>
                <Field
                  label={`Scenario ${index + 1} probability`}
                  error={fieldErrors.probability}
                  hint={
                    <ProbabilityHint
                      text={values.scenarios[index]?.probability ?? ""}
                      scale={scale}
                      sayProblem={!fieldErrors.probability}
                      onUse={(value) => form.setValue(`scenarios.${index}.probability`, value, { shouldDirty: true })}
                    />
                  }
                >
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.probability`)} inputMode="text" autoComplete="off" placeholder="e.g. 67.5 or likely" className={inputClass} />}
                </Field>
                <div className="flex items-center gap-4 md:col-span-3">
                  <label className="flex items-center gap-2">
                    <input
                      type="radio"
                      value={String(index)}
                      {...form.register("baselineIndex")}
                      aria-invalid={errors.scenariosRoot ? true : undefined}
                      aria-describedby={errors.scenariosRoot ? "baseline-error" : undefined}
                    />
                    <span>
                      <span className="sr-only">Scenario {index + 1}: </span>Baseline (main assessment)
                    </span>
                  </label>
                  {scenarios.fields.length > MIN_SCENARIOS && (
                    <Button type="button" variant="secondary" onClick={() => scenarios.remove(index)} aria-label={`Remove scenario ${index + 1}`}>
                      Remove
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <ProbabilityTotal
          readings={readings}
          labels={values.scenarios.map((s) => s.label.trim())}
          error={errors.probabilitiesTotal}
          onFill={(index, value) => form.setValue(`scenarios.${index}.probability`, value, { shouldDirty: true })}
          onNormalise={(normalised) => normalised.forEach((value, index) => form.setValue(`scenarios.${index}.probability`, value, { shouldDirty: true }))}
        />
      </fieldset>

      {initial.excerpt !== undefined && initial.excerpt !== "" && (
        <Field label="Excerpt from the report" error={errors.excerpt}>
          {(p) => <textarea {...p} {...form.register("excerpt")} rows={2} className={inputClass} />}
        </Field>
      )}
      <Field label="Rationale (optional)" error={errors.rationale} hint="Why these numbers: the evidence and reasoning behind them.">
        {(p) => <textarea {...p} {...form.register("rationale")} rows={3} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={busy}>{busy ? "Saving…" : "Create forecast"}</Button>
      </div>
      <ConfirmDialog
        open={askYesNo}
        title="Replace your scenarios with Yes and No?"
        confirmLabel="Replace with Yes and No"
        cancelLabel="Keep my scenarios"
        onConfirm={applyYesNoShape}
        onCancel={() => setAskYesNo(false)}
      >
        <p>
          The {countOf(values.scenarios.length, "scenario")} you typed ({values.scenarios.map((s, i) => `“${s.label.trim() || `scenario ${i + 1}`}”`).join(", ")}) will be replaced by Yes and
          No. The first probability is kept for Yes.
        </p>
      </ConfirmDialog>
      {leave.dialog}
    </form>
  );
}
