"use client";
import { toNestErrors } from "@hookform/resolvers";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { linkEventAction, recordEventAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { IndicatorDto, ScenarioDto } from "@/lib/dto/forecast";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/format/admiralty";
import { formatDay } from "@/lib/format/dates";
import { recordEventSchema } from "@/lib/validation/evidence";

export interface EventChoice {
  id: string;
  title: string;
  occurredAt: string;
}

interface Values {
  mode: "existing" | "new";
  eventId: string;
  occurredAt: string;
  title: string;
  description: string;
  sourceUrl: string;
  sourceReliability: string;
  infoCredibility: string;
  indicatorIds: string[];
  note: string;
}

function toEventRequest(values: Values) {
  return {
    occurredAt: values.occurredAt,
    title: values.title,
    description: values.description,
    sourceUrl: values.sourceUrl || null,
    sourceReliability: values.sourceReliability || null,
    infoCredibility: values.infoCredibility ? Number(values.infoCredibility) : null,
    indicatorIds: values.indicatorIds,
    note: values.note,
  };
}

/** The event's own fields are judged by the API's schema; the date's "not in the future" too, with the reader's clock. */
const resolver: Resolver<Values> = async (values, _context, options) => {
  const errors: Record<string, { type: string; message: string }> = {};
  if (!values.indicatorIds || values.indicatorIds.length === 0) errors.indicatorIds = { type: "required", message: "choose at least one indicator" };
  if (values.mode === "existing" && !values.eventId) errors.eventId = { type: "required", message: "choose an event" };
  if (values.mode === "new") {
    const result = recordEventSchema.safeParse(toEventRequest(values));
    if (!result.success) for (const issue of result.error.issues) errors[issue.path.join(".")] ??= { type: issue.code, message: issue.message };
    else if (result.data.occurredAt > Date.now()) errors.occurredAt = { type: "future", message: "must not be in the future" };
  }
  return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors: toNestErrors(errors, options) };
};

export function AttachEventForm({ forecastId, indicators, scenarios, eventChoices }: { forecastId: string; indicators: IndicatorDto[]; scenarios: ScenarioDto[]; eventChoices: EventChoice[] }) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({
    resolver,
    defaultValues: { mode: eventChoices.length > 0 ? "existing" : "new", eventId: "", occurredAt: "", title: "", description: "", sourceUrl: "", sourceReliability: "", infoCredibility: "", indicatorIds: [], note: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const mode = form.watch("mode");
  const labelOf = (scenarioId: string) => scenarios.find((s) => s.id === scenarioId)?.label ?? "";

  async function onSubmit(values: Values) {
    setMessage(null);
    const result =
      values.mode === "existing"
        ? await linkEventAction(forecastId, values.eventId, values.indicatorIds, values.note)
        : await recordEventAction(forecastId, toEventRequest(values));
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as keyof Values, { message: text });
      return;
    }
    setMessage({ tone: "success", text: "The event is attached; the assessment and the chart are updated." });
    form.reset();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="mt-3 flex flex-col gap-4" aria-label="Attach an event">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 font-semibold">Which event?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" value="existing" {...form.register("mode")} disabled={eventChoices.length === 0} /> An event already recorded
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="new" {...form.register("mode")} /> A new event
        </label>
      </fieldset>
      {mode === "existing" ? (
        <Field label="Event" error={errors.eventId?.message}>
          {(p) => (
            <select {...p} {...form.register("eventId")} className={inputClass}>
              <option value="">Choose an event…</option>
              {eventChoices.map((e) => (
                <option key={e.id} value={e.id}>{formatDay(e.occurredAt)} — {e.title}</option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          <Field label="Title" error={errors.title?.message}>
            {(p) => <input {...p} {...form.register("title")} className={inputClass} />}
          </Field>
          <Field label="Occurred on" error={errors.occurredAt?.message} hint="Not in the future.">
            {(p) => <input {...p} {...form.register("occurredAt")} type="date" className={inputClass} />}
          </Field>
          <Field label="Source URL (optional)" error={errors.sourceUrl?.message} hint="http:// or https:// only.">
            {(p) => <input {...p} {...form.register("sourceUrl")} type="url" className={inputClass} />}
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Source reliability" error={errors.sourceReliability?.message}>
              {(p) => (
                <select {...p} {...form.register("sourceReliability")} className={inputClass}>
                  <option value="">Not graded</option>
                  {Object.entries(RELIABILITY_LABELS).map(([k, v]) => (
                    <option key={k} value={k}>{k} — {v}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Information credibility" error={errors.infoCredibility?.message}>
              {(p) => (
                <select {...p} {...form.register("infoCredibility")} className={inputClass}>
                  <option value="">Not graded</option>
                  {Object.entries(CREDIBILITY_LABELS).map(([k, v]) => (
                    <option key={k} value={k}>{k} — {v}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div className="md:col-span-2">
            <Field label="Description (optional)" error={errors.description?.message}>
              {(p) => <textarea {...p} {...form.register("description")} rows={2} className={inputClass} />}
            </Field>
          </div>
        </div>
      )}
      <fieldset>
        <legend className="mb-1 font-semibold">Indicators it bears on</legend>
        <ul className="flex flex-col gap-1">
          {indicators.map((i) => (
            <li key={i.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" value={i.id} {...form.register("indicatorIds")} className="mt-1" />
                <span>
                  {i.description} <span className="text-muted">({i.direction} “{labelOf(i.scenarioId)}”)</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.indicatorIds && <p role="alert" className="text-sm font-semibold text-overtaken">{errors.indicatorIds.message ?? "choose at least one indicator"}</p>}
      </fieldset>
      <Field label="Note (optional)" error={errors.note?.message} hint="Why this event bears on these indicators.">
        {(p) => <input {...p} {...form.register("note")} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Attaching…" : "Attach event"}</Button>
      </div>
    </form>
  );
}
