"use client";
import { useId, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { linkEventAction, recordEventAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { IndicatorDto, ScenarioDto } from "@/lib/dto/forecast";
import { countsFromTheStart, isBeforeForecastDay } from "@/lib/evidence/forecast-start";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { placeRefusal, refusedBeforeSending, topLevelFieldOf, type FormOutcome } from "@/lib/form-refusal";
import { linkEventSchema } from "@/lib/validation/evidence";
import { checkResolver } from "./check-resolver";
import { EventFields } from "./event-fields";
import { EMPTY_EVENT, EVENT_FIELDS, eventFieldErrors, toEventRequest, typedDay, type EventFieldValues } from "./event-values";

export interface EventChoice {
  id: string;
  title: string;
  occurredAt: string;
}

interface Values extends EventFieldValues {
  mode: "existing" | "new";
  eventId: string;
  indicatorIds: string[];
  note: string;
}

const FIELDS = ["eventId", ...EVENT_FIELDS, "indicatorIds", "note"];
/** The API says "indicatorId" (one link) and "indicatorIds.2" (the third of a new event's): both are the checkboxes here. */
const fieldOf = topLevelFieldOf(FIELDS, { indicatorId: "indicatorIds" });

function check(values: Values): Record<string, string> {
  const errors: Record<string, string> = values.mode === "new" ? eventFieldErrors(values, Date.now()) : {};
  if (values.mode === "existing" && !values.eventId) errors.eventId = "Choose an event.";
  if (!values.indicatorIds || values.indicatorIds.length === 0) errors.indicatorIds = "Choose at least one indicator.";
  const note = linkEventSchema.shape.note.safeParse(values.note);
  if (!note.success) errors.note = note.error.issues[0].message;
  return errors;
}

const resolver = checkResolver<Values>(check);

/** When the chosen event happened, or null while there is none. */
function chosenDay(values: Pick<Values, "mode" | "eventId" | "occurredAt">, eventChoices: EventChoice[]): number | null {
  if (values.mode === "new") return typedDay(values.occurredAt);
  const chosen = eventChoices.find((e) => e.id === values.eventId);
  return chosen ? Date.parse(chosen.occurredAt) : null;
}

export function AttachEventForm({
  forecastId,
  forecastCreatedAt,
  indicators,
  scenarios,
  eventChoices,
}: {
  forecastId: string;
  /** When the forecast was made: an earlier event counts from the start of its evidence-implied line. */
  forecastCreatedAt: string;
  indicators: IndicatorDto[];
  scenarios: ScenarioDto[];
  eventChoices: EventChoice[];
}) {
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const defaults: Values = { mode: eventChoices.length > 0 ? "existing" : "new", eventId: "", ...EMPTY_EVENT, indicatorIds: [], note: "" };
  const form = useForm<Values>({ resolver, defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const indicatorErrorId = useId();
  const [mode, eventId, occurredAt] = form.watch(["mode", "eventId", "occurredAt"]);
  const labelOf = (scenarioId: string) => scenarios.find((s) => s.id === scenarioId)?.label ?? "";

  const happened = chosenDay({ mode, eventId, occurredAt }, eventChoices);
  const createdAt = Date.parse(forecastCreatedAt);
  const dateWarning = happened !== null && isBeforeForecastDay(happened, createdAt) ? countsFromTheStart(happened, createdAt) : undefined;

  async function onSubmit(values: Values) {
    setOutcome(null);
    const result =
      values.mode === "existing"
        ? await linkEventAction(forecastId, values.eventId, values.indicatorIds, values.note)
        : await recordEventAction(forecastId, toEventRequest(values, { indicatorIds: values.indicatorIds, note: values.note }));
    if (!result.ok) {
      const refusal = placeRefusal(result, fieldOf);
      for (const [field, message] of Object.entries(refusal.fieldErrors)) form.setError(field as keyof Values, { message }, { shouldFocus: true });
      setOutcome(refusal.outcome);
      return;
    }
    const title = values.mode === "existing" ? eventChoices.find((e) => e.id === values.eventId)?.title : values.title.trim();
    setOutcome({
      tone: "success",
      text: `“${title}” is attached to ${countOf(values.indicatorIds.length, "indicator")}; the assessment and the chart are updated.`,
    });
    form.reset({ ...defaults, mode: values.mode });
  }

  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit(onSubmit, (invalid) => setOutcome(refusedBeforeSending(Object.keys(invalid).length)))}
        noValidate
        className="mt-3 flex flex-col gap-4"
        aria-label="Attach an event"
      >
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
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
          <Field label="Event" error={errors.eventId?.message} warning={dateWarning}>
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
          <EventFields dateWarning={dateWarning} />
        )}
        <fieldset>
          <legend className="mb-1 font-semibold">Indicators it bears on</legend>
          <ul className="flex flex-col gap-1">
            {indicators.map((i) => (
              <li key={i.id}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    value={i.id}
                    {...form.register("indicatorIds")}
                    aria-invalid={Boolean(errors.indicatorIds)}
                    aria-describedby={errors.indicatorIds ? indicatorErrorId : undefined}
                    className="mt-1"
                  />
                  <span>
                    {i.description} <span className="text-muted">({i.direction} “{labelOf(i.scenarioId)}”)</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {errors.indicatorIds && (
            <p id={indicatorErrorId} role="alert" className="text-sm font-semibold text-overtaken">
              {errors.indicatorIds.message}
            </p>
          )}
        </fieldset>
        <Field label="Note (optional)" error={errors.note?.message} hint="Why this event bears on these indicators.">
          {(p) => <input {...p} {...form.register("note")} className={inputClass} />}
        </Field>
        <div>
          <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Attaching…" : "Attach event"}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
