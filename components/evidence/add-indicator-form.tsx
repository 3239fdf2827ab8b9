"use client";
import { toNestErrors } from "@hookform/resolvers";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { addIndicatorAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScenarioDto } from "@/lib/dto/forecast";
import { addIndicatorSchema, LIKELIHOOD_PRESETS } from "@/lib/validation/evidence";

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

const resolver: Resolver<Values> = async (values, _context, options) => {
  const result = addIndicatorSchema.safeParse(toRequest(values));
  if (result.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    errors[path === "likelihoodRatio" ? "customRatio" : path] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors: toNestErrors(errors, options) };
};

export function AddIndicatorForm({ forecastId, scenarios }: { forecastId: string; scenarios: ScenarioDto[] }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const baseline = scenarios.find((s) => s.baseline) ?? scenarios[0];
  const form = useForm<Values>({ resolver, defaultValues: { scenarioId: baseline.id, description: "", direction: "for", preset: "3", customRatio: "", expectedBy: "" } });
  const { errors, isSubmitting } = form.formState;
  const preset = form.watch("preset");

  async function onSubmit(values: Values) {
    const result = await addIndicatorAction(forecastId, toRequest(values));
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setMessage({ tone: "success", text: "Indicator added." });
    form.reset({ ...values, description: "", expectedBy: "" });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-3 flex flex-col gap-3" aria-label="Add an indicator">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
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
        <Field label="Diagnosticity (likelihood ratio)" error={undefined}>
          {(p) => (
            <select {...p} {...form.register("preset")} className={inputClass}>
              {LIKELIHOOD_PRESETS.map((x) => (
                <option key={x.value} value={String(x.value)}>{x.label} (×{x.value})</option>
              ))}
              <option value="custom">Another ratio…</option>
            </select>
          )}
        </Field>
        {preset === "custom" ? (
          <Field label="Likelihood ratio" error={errors.customRatio?.message} hint="A number greater than 1.">
            {(p) => <input {...p} {...form.register("customRatio")} inputMode="decimal" className={inputClass} />}
          </Field>
        ) : (
          errors.customRatio && <p role="alert" className="text-overtaken">{errors.customRatio.message}</p>
        )}
        <Field label="Expected by (optional)" error={errors.expectedBy?.message} hint="When it should have shown up if the scenario is true.">
          {(p) => <input {...p} {...form.register("expectedBy")} type="date" className={inputClass} />}
        </Field>
      </div>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Adding…" : "Add indicator"}</Button>
      </div>
    </form>
  );
}
