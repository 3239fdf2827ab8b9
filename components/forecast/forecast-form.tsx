"use client";
import { toNestErrors } from "@hookform/resolvers";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type Resolver } from "react-hook-form";
import { createForecastAction } from "@/app/_actions/create-forecast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { findVagueTerms, type ScaleId } from "@/lib/estimative";
import { MAX_SCENARIOS, MIN_SCENARIOS } from "@/lib/validation/forecast";
import { formFieldOf, toForecastRequest, validateForecastForm, type ForecastFormValues } from "./forecast-form-values";
import { ProbabilityHint } from "./probability-hint";

interface ForecastFormProps {
  scale: ScaleId;
  teams: { id: string; name: string }[];
  initial: Partial<ForecastFormValues>;
  reportTitle?: string;
  /** The vague words of the judgment this form starts from, if any. */
  vagueTerms?: string;
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

export function ForecastForm({ scale, teams, initial, reportTitle, vagueTerms }: ForecastFormProps) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const resolver: Resolver<ForecastFormValues> = async (values, _context, options) => {
    const errors = validateForecastForm(values, scale, Date.now());
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors: toNestErrors(errors, options) };
  };
  const form = useForm<ForecastFormValues>({ resolver, defaultValues: { ...EMPTY, ...initial } });
  const scenarios = useFieldArray({ control: form.control, name: "scenarios" });
  const statement = useWatch({ control: form.control, name: "statement" });
  const typed = useWatch({ control: form.control, name: "scenarios" });
  const { errors, isSubmitting } = form.formState;
  const rootErrors = errors as Record<string, { message?: string } | undefined>;
  const vague = [...new Set(findVagueTerms(statement ?? "").map((m) => m.term.toLowerCase()))];

  function useYesNoShape() {
    const values = form.getValues();
    const probability = values.scenarios[0]?.probability ?? "";
    scenarios.replace([
      { label: "Yes", description: "The statement comes true.", probability },
      { label: "No", description: "The statement does not come true.", probability: "" },
    ]);
    form.setValue("baselineIndex", "0");
  }

  async function onSubmit(values: ForecastFormValues) {
    setFailure(null);
    const { request } = toForecastRequest(values, scale);
    const result = await createForecastAction(request);
    if (!result.ok) {
      setFailure(result.message);
      for (const [path, message] of Object.entries(result.fieldErrors)) {
        form.setError(formFieldOf(path) as keyof ForecastFormValues, { message });
      }
      return;
    }
    router.push(`/forecasts/${result.data.id}`);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-5" aria-label="New forecast">
      {failure && <Alert tone="error" title="The forecast was not saved">{failure}</Alert>}
      {reportTitle && (
        <Alert tone="info">
          From the report <strong>{reportTitle}</strong>. The excerpt and the link to the report are kept.
        </Alert>
      )}
      {vagueTerms && (
        <Alert tone="warning" title="This judgment is vague">
          The report says “{vagueTerms}”, which has no agreed probability. Put a number on each scenario before saving.
        </Alert>
      )}
      <Field label="Title" error={errors.title?.message} hint="A short question-like title, e.g. “Proxies keep attacks low-level until the elections”.">
        {(p) => <input {...p} {...form.register("title")} className={inputClass} />}
      </Field>
      <Field
        label="Statement"
        error={errors.statement?.message}
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
      <Field label="Resolution criteria" error={errors.resolutionCriteria?.message} hint="How a reviewer will decide which scenario happened.">
        {(p) => <textarea {...p} {...form.register("resolutionCriteria")} rows={3} className={inputClass} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label="Closes on (horizon)" error={errors.closesOn?.message} hint="The forecast resolves by the end of this day (UTC).">
          {(p) => <input {...p} {...form.register("closesOn")} type="date" className={inputClass} />}
        </Field>
        <Field label="Analytic confidence" error={errors.confidence?.message} hint="ICD 203: how sound the evidence is, separate from probability.">
          {(p) => (
            <select {...p} {...form.register("confidence")} className={inputClass}>
              <option value="">Not stated</option>
              <option value="low">Low</option>
              <option value="moderate">Moderate</option>
              <option value="high">High</option>
            </select>
          )}
        </Field>
        <Field label="Team" error={errors.teamId?.message}>
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
      <Field label="Tags" error={errors.tags?.message} hint="Separate with commas, e.g. iraq, militias.">
        {(p) => <input {...p} {...form.register("tags")} className={inputClass} />}
      </Field>

      <fieldset className="rounded border border-line bg-white p-4">
        <legend className="px-1 font-semibold">Scenarios and your probabilities</legend>
        <p className="mb-3 text-sm text-muted">
          Mutually exclusive outcomes that cover every possibility. Mark the main assessment as the baseline. Type a percentage or an estimative term
          (“likely” becomes {scale === "phia" ? "65" : "67.5"}).
        </p>
        <div className="mb-3 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={useYesNoShape}>Yes / no shape</Button>
          <Button type="button" variant="secondary" disabled={scenarios.fields.length >= MAX_SCENARIOS} onClick={() => scenarios.append({ label: "", description: "", probability: "" })}>
            Add an alternative
          </Button>
        </div>
        {rootErrors.scenariosRoot?.message && <p role="alert" className="mb-2 font-semibold text-overtaken">Scenarios: {rootErrors.scenariosRoot.message}</p>}
        <ol className="flex flex-col gap-4">
          {scenarios.fields.map((field, index) => {
            const scenarioErrors = errors.scenarios?.[index];
            return (
              <li key={field.id} className="grid gap-3 border-t border-line pt-3 md:grid-cols-[1fr_1fr_12rem]">
                <Field label={`Scenario ${index + 1}`} error={scenarioErrors?.label?.message}>
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.label`)} className={inputClass} />}
                </Field>
                <Field label={`Scenario ${index + 1} description (optional)`} error={scenarioErrors?.description?.message}>
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.description`)} className={inputClass} />}
                </Field>
                <Field
                  label={`Scenario ${index + 1} probability`}
                  error={scenarioErrors?.probability?.message}
                  hint={<ProbabilityHint text={typed?.[index]?.probability ?? ""} scale={scale} />}
                >
                  {(p) => <input {...p} {...form.register(`scenarios.${index}.probability`)} inputMode="decimal" placeholder="e.g. 67.5 or likely" className={inputClass} />}
                </Field>
                <div className="flex items-center gap-4 md:col-span-3">
                  <label className="flex items-center gap-2">
                    <input type="radio" value={String(index)} {...form.register("baselineIndex")} />
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
        <ProbabilityTotal texts={(typed ?? []).map((s) => s.probability)} scale={scale} error={rootErrors.probabilitiesTotal?.message} />
      </fieldset>

      {initial.excerpt !== undefined && initial.excerpt !== "" && (
        <Field label="Excerpt from the report" error={errors.excerpt?.message}>
          {(p) => <textarea {...p} {...form.register("excerpt")} rows={2} className={inputClass} />}
        </Field>
      )}
      <Field label="Rationale (optional)" error={errors.rationale?.message} hint="Why these numbers: the evidence and reasoning behind them.">
        {(p) => <textarea {...p} {...form.register("rationale")} rows={3} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Saving…" : "Create forecast"}</Button>
      </div>
    </form>
  );
}

function ProbabilityTotal({ texts, scale, error }: { texts: string[]; scale: ScaleId; error?: string }) {
  const { request } = toForecastRequest({ ...EMPTY, scenarios: texts.map((probability) => ({ label: "", description: "", probability })) }, scale);
  const values = request.probabilities.filter((v) => Number.isFinite(v));
  const total = Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  return (
    <p className={`mt-3 ${error ? "font-semibold text-overtaken" : "text-muted"}`} role={error ? "alert" : undefined} aria-live="polite">
      Total: <span className="tabular-nums">{total}%</span> of 100%{error ? ` — probabilities ${error}` : ""}
    </p>
  );
}
