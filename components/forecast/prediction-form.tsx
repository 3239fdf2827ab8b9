"use client";
import { toNestErrors } from "@hookform/resolvers";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { addPredictionAction } from "@/app/_actions/add-prediction";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScenarioDto } from "@/lib/dto/forecast";
import { parseProbabilityInput, type ScaleId } from "@/lib/estimative";
import { addPredictionSchema } from "@/lib/validation/prediction";
import { ProbabilityHint } from "./probability-hint";

interface Values {
  probabilities: Record<string, string>;
  rationale: string;
}

const UNREADABLE: Record<string, string> = {
  empty: "type a percentage or an estimative word",
  vague: "this word has no agreed probability: type a number",
  unrecognised: "type a percentage (0.1 to 99.9) or an estimative word",
  out_of_range: "must be from 0.1 to 99.9",
  too_precise: "must have at most one decimal",
};

function toRequest(values: Values, scenarios: ScenarioDto[], scale: ScaleId) {
  const errors: Record<string, { type: string; message: string }> = {};
  const probabilities: Record<string, number> = {};
  for (const s of scenarios) {
    const parsed = parseProbabilityInput(values.probabilities[s.id] ?? "", scale);
    if (parsed.ok) probabilities[s.id] = parsed.value;
    else errors[`probabilities.${s.id}`] = { type: "probability", message: UNREADABLE[parsed.reason] };
  }
  return { request: { probabilities, rationale: values.rationale }, errors };
}

export function PredictionForm({ forecastId, scenarios, scale, current }: { forecastId: string; scenarios: ScenarioDto[]; scale: ScaleId; current: Record<string, number> | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const resolver: Resolver<Values> = async (values, _context, options) => {
    const { request, errors } = toRequest(values, scenarios, scale);
    if (Object.keys(errors).length === 0) {
      const result = addPredictionSchema.safeParse(request);
      if (!result.success) for (const issue of result.error.issues) errors[issue.path.join(".") === "probabilities" ? "total" : issue.path.join(".")] ??= { type: issue.code, message: issue.message };
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors: toNestErrors(errors, options) };
  };
  const initial = Object.fromEntries(scenarios.map((s) => [s.id, current?.[s.id] !== undefined ? String(current[s.id]) : ""]));
  const form = useForm<Values>({ resolver, defaultValues: { probabilities: initial, rationale: "" } });
  const typed = useWatch({ control: form.control, name: "probabilities" });
  const { errors, isSubmitting } = form.formState;
  const totalError = (errors as Record<string, { message?: string }>).total?.message;

  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await addPredictionAction(forecastId, toRequest(values, scenarios, scale).request);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setMessage({ tone: "success", text: "Your prediction was added to the history." });
    form.reset({ probabilities: values.probabilities, rationale: "" });
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4" aria-label="Add a prediction">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        {scenarios.map((s) => (
          <Field
            key={s.id}
            label={`${s.label}${s.baseline ? " (baseline)" : ""}`}
            error={errors.probabilities?.[s.id]?.message}
            hint={<ProbabilityHint text={typed?.[s.id] ?? ""} scale={scale} />}
          >
            {(p) => <input {...p} {...form.register(`probabilities.${s.id}`)} inputMode="decimal" placeholder="e.g. 40 or unlikely" className={inputClass} />}
          </Field>
        ))}
      </div>
      {totalError && <p role="alert" className="font-semibold text-overtaken">Probabilities {totalError}</p>}
      <Field label="Rationale" error={errors.rationale?.message} hint="What changed your mind, or what holds it steady.">
        {(p) => <textarea {...p} {...form.register("rationale")} rows={3} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Adding…" : "Add prediction"}</Button>
      </div>
    </form>
  );
}
