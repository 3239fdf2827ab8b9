"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addIndicatorAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScenarioDto } from "@/lib/dto/forecast";
import { expectedByBeforeForecast, isBeforeForecastDay } from "@/lib/evidence/forecast-start";
import { formatDay } from "@/lib/format/dates";
import { placeRefusal, refusedBeforeSending, topLevelFieldOf, type FormOutcome } from "@/lib/form-refusal";
import { addIndicatorSchema, LIKELIHOOD_PRESETS } from "@/lib/validation/evidence";
import { checkResolver } from "./check-resolver";

interface Values {
  scenarioId: string;
  description: string;
  direction: "for" | "against";
  preset: string;
  customRatio: string;
  expectedBy: string;
}

function toRequest(values: Values) {
  const ratio = values.preset === "custom" ? Number(values.customRatio) : Number(values.preset);
  return {
    scenarioId: values.scenarioId,
    description: values.description,
    direction: values.direction,
    likelihoodRatio: values.preset === "custom" && values.customRatio.trim() === "" ? Number.NaN : ratio,
    expectedBy: values.expectedBy || null,
  };
}

/** The ratio is typed in its own box only for "Another ratio…"; otherwise the preset shows it. */
const ratioField = (preset: string) => (preset === "custom" ? "customRatio" : "preset");

/** The API's schema, and the rule the server checks too: not expected before the forecast was made. */
function checkAgainst(forecastCreatedAt: number) {
  return (values: Values): Record<string, string> => {
    const errors: Record<string, string> = {};
    const request = toRequest(values);
    const result = addIndicatorSchema.safeParse(request);
    for (const issue of result.error?.issues ?? []) {
      const path = String(issue.path[0]);
      errors[path === "likelihoodRatio" ? ratioField(values.preset) : path] ??= issue.message;
    }
    // Judged on its own, so that it is said together with the other fields' errors.
    const expectedBy = addIndicatorSchema.shape.expectedBy.safeParse(request.expectedBy);
    if (expectedBy.success && expectedBy.data !== null && isBeforeForecastDay(expectedBy.data, forecastCreatedAt)) {
      errors.expectedBy = expectedByBeforeForecast(forecastCreatedAt);
    }
    return errors;
  };
}

export function AddIndicatorForm({ forecastId, forecastCreatedAt, scenarios }: { forecastId: string; forecastCreatedAt: string; scenarios: ScenarioDto[] }) {
  const createdAt = Date.parse(forecastCreatedAt);
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const baseline = scenarios.find((s) => s.baseline) ?? scenarios[0];
  const [resolver] = useState(() => checkResolver<Values>(checkAgainst(createdAt)));
  const form = useForm<Values>({ resolver, defaultValues: { scenarioId: baseline.id, description: "", direction: "for", preset: "3", customRatio: "", expectedBy: "" } });
  const { errors, isSubmitting } = form.formState;
  const preset = form.watch("preset");

  async function onSubmit(values: Values) {
    setOutcome(null);
    const result = await addIndicatorAction(forecastId, toRequest(values));
    if (!result.ok) {
      const fieldOf = topLevelFieldOf(["scenarioId", "description", "direction", ratioField(values.preset), "expectedBy"], { likelihoodRatio: ratioField(values.preset) });
      const refusal = placeRefusal(result, fieldOf);
      for (const [field, message] of Object.entries(refusal.fieldErrors)) form.setError(field as keyof Values, { message }, { shouldFocus: true });
      setOutcome(refusal.outcome);
      return;
    }
    setOutcome({ tone: "success", text: `Indicator added: “${values.description.trim()}”.` });
    form.reset({ ...values, description: "", expectedBy: "" });
  }

  return (
    <form
      onSubmit={form.handleSubmit(onSubmit, (invalid) => setOutcome(refusedBeforeSending(Object.keys(invalid).length)))}
      noValidate
      className="mt-3 flex flex-col gap-3"
      aria-label="Add an indicator"
    >
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <Field label="Indicator" error={errors.description?.message} hint="Something observable that, if it happens, bears on one scenario.">
        {(p) => <input {...p} {...form.register("description")} className={inputClass} />}
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        <Field label="Scenario it bears on" error={errors.scenarioId?.message}>
          {(p) => (
            <select {...p} {...form.register("scenarioId")} className={inputClass}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>{s.label}{s.baseline ? " (baseline)" : ""}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Direction" error={errors.direction?.message}>
          {(p) => (
            <select {...p} {...form.register("direction")} className={inputClass}>
              <option value="for">For: makes that scenario more likely</option>
              <option value="against">Against: makes it less likely</option>
            </select>
          )}
        </Field>
        <Field label="Diagnosticity (likelihood ratio)" error={errors.preset?.message}>
          {(p) => (
            <select {...p} {...form.register("preset")} className={inputClass}>
              {LIKELIHOOD_PRESETS.map((x) => (
                <option key={x.value} value={String(x.value)}>{x.label} (×{x.value})</option>
              ))}
              <option value="custom">Another ratio…</option>
            </select>
          )}
        </Field>
        {preset === "custom" && (
          <Field label="Likelihood ratio" error={errors.customRatio?.message} hint="A number greater than 1.">
            {(p) => <input {...p} {...form.register("customRatio")} inputMode="decimal" className={inputClass} />}
          </Field>
        )}
        <Field
          label="Expected by (optional)"
          error={errors.expectedBy?.message}
          hint={`When it should have shown up if the scenario is true: ${formatDay(createdAt)} (when the forecast was made) or later.`}
        >
          {(p) => <input {...p} {...form.register("expectedBy")} type="date" min={new Date(createdAt).toISOString().slice(0, 10)} className={inputClass} />}
        </Field>
      </div>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Adding…" : "Add indicator"}</Button>
      </div>
    </form>
  );
}
