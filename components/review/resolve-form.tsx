"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { resolveForecastAction } from "@/app/_actions/resolve-forecast";
import { checkResolver } from "@/components/evidence/check-resolver";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { besideField } from "@/lib/format/beside-field";
import { countOf } from "@/lib/format/plural";
import { placeRefusal, refusedBeforeSending, type FormOutcome } from "@/lib/form-refusal";
import { useAnnounceResolved } from "./resolved-notices";
import { ANNUL, EMPTY_RESOLUTION, checkResolveForm, formFieldOf, labelsOf, toResolutionRequest, type ResolveField, type ResolveFormValues } from "./resolve-form-values";

export interface ResolveTarget {
  id: string;
  title: string;
  createdAt: string;
  closesAt: string;
  scenarios: { id: string; label: string; baseline: boolean }[];
  /** The events linked to the forecast's indicators: the ones a reviewer may cite. */
  events: { id: string; title: string; occurredAt: string }[];
}


/** The outcome the reviewer chose, in words. */
function verdictOf(forecast: ResolveTarget, values: ResolveFormValues): string {
  if (values.outcome === ANNUL) return "annul it";
  return `resolve it as “${forecast.scenarios.find((s) => s.id === values.outcome)?.label ?? ""}”`;
}

/**
 * Resolve (the scenario that occurred, when that became known, why, and the events that show it)
 * or annul. The same form in the resolution queue and on the forecast page; it asks once more
 * before sending, since only an admin can undo a resolution. Once done, the page refreshes: the
 * forecast page shows the outcome, and the queue says what was resolved above the list.
 */
export function ResolveForm({ forecast }: { forecast: ResolveTarget }) {
  const router = useRouter();
  const announce = useAnnounceResolved();
  const outcomeErrorId = useId();
  const eventsErrorId = useId();
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const [confirming, setConfirming] = useState<ResolveFormValues | null>(null);
  const [sending, setSending] = useState(false);
  const topRef = useRef<HTMLDivElement>(null);
  const form = useForm<ResolveFormValues>({
    defaultValues: EMPTY_RESOLUTION,
    resolver: checkResolver<ResolveFormValues>((values) => checkResolveForm(values, { now: Date.now(), createdAt: forecast.createdAt }) as Record<string, string>),
  });
  const { errors } = form.formState;
  const chosen = form.watch("outcome");
  const labels = labelsOf({ outcome: chosen });

  async function send(values: ResolveFormValues) {
    setConfirming(null);
    setSending(true);
    const result = await resolveForecastAction(forecast.id, toResolutionRequest(values));
    setSending(false);
    if (!result.ok) {
      const refusal = placeRefusal(result, formFieldOf);
      for (const [field, message] of Object.entries(refusal.fieldErrors)) {
        form.setError(field as ResolveField, { message: besideField(labelsOf(values)[field as ResolveField], message) }, { shouldFocus: true });
      }
      setOutcome(refusal.outcome);
      if (Object.keys(refusal.fieldErrors).length === 0) topRef.current?.focus();
      return;
    }
    announce?.({
      forecastId: forecast.id,
      title: forecast.title,
      text:
        values.outcome === ANNUL
          ? `“${forecast.title}” is annulled: an annulled forecast is never scored.`
          : `“${forecast.title}” is resolved as “${forecast.scenarios.find((s) => s.id === values.outcome)?.label}”: ${countOf(result.data.scored, "forecaster")} scored.`,
    });
    router.refresh();
  }

  return (
    <form
      onSubmit={form.handleSubmit(
        (values) => {
          setOutcome(null);
          setConfirming(values);
        },
        (invalid) => setOutcome(refusedBeforeSending(Object.keys(invalid).length)),
      )}
      noValidate
      aria-label={`Resolve “${forecast.title}”`}
      className="flex flex-col gap-4"
    >
      <div ref={topRef} tabIndex={-1}>
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      </div>
      <fieldset aria-describedby={errors.outcome ? outcomeErrorId : undefined}>
        <legend className="mb-1 font-semibold">{labels.outcome}</legend>
        <ul className="flex flex-col gap-1">
          {forecast.scenarios.map((s) => (
            <li key={s.id}>
              <label className="flex items-start gap-2">
                <input type="radio" value={s.id} {...form.register("outcome")} aria-invalid={Boolean(errors.outcome)} className="mt-1" />
                <span>
                  {s.label}
                  {s.baseline && <span className="text-muted"> (baseline)</span>}
                </span>
              </label>
            </li>
          ))}
          <li>
            <label className="flex items-start gap-2">
              <input type="radio" value={ANNUL} {...form.register("outcome")} aria-invalid={Boolean(errors.outcome)} className="mt-1" />
              <span>
                Annul <span className="text-muted">— the question became moot or ambiguous; no one is scored</span>
              </span>
            </label>
          </li>
        </ul>
        {errors.outcome && (
          <p id={outcomeErrorId} role="alert" className="text-sm font-semibold text-overtaken">{errors.outcome.message}</p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={labels.knownOn}
          error={errors.knownOn?.message}
          hint={`Predictions made after it are late and not scored. It may be before the horizon (${formatDay(forecast.closesAt)}), never in the future.`}
        >
          {(p) => <input {...p} {...form.register("knownOn")} type="date" className={inputClass} />}
        </Field>
        <Field label={labels.knownAt} error={errors.knownAt?.message} hint={`Empty: 00:00 UTC that day. The forecast was made ${formatDayTime(forecast.createdAt)}.`}>
          {(p) => <input {...p} {...form.register("knownAt")} type="time" step={1} className={inputClass} />}
        </Field>
      </div>
      <Field label={labels.rationale} error={errors.rationale?.message} hint={chosen === ANNUL ? "Why the question can't be decided." : "What happened, and how you know."}>
        {(p) => <textarea {...p} {...form.register("rationale")} rows={3} className={inputClass} />}
      </Field>
      <fieldset aria-describedby={errors.eventIds ? eventsErrorId : undefined}>
        <legend className="mb-1 font-semibold">{labels.eventIds} <span className="font-normal text-muted">(optional)</span></legend>
        {forecast.events.length === 0 ? (
          <p className="text-sm text-muted">No event is linked to this forecast&apos;s indicators.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {forecast.events.map((e) => (
              <li key={e.id}>
                <label className="flex items-start gap-2">
                  <input type="checkbox" value={e.id} {...form.register("eventIds")} className="mt-1" />
                  <span>
                    {e.title} <span className="text-muted">({formatDay(e.occurredAt)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.eventIds && (
          <p id={eventsErrorId} role="alert" className="text-sm font-semibold text-overtaken">{errors.eventIds.message}</p>
        )}
      </fieldset>
      <div>
        <Button type="submit" busy={sending}>{sending ? "Saving…" : chosen === ANNUL ? "Annul…" : "Resolve…"}</Button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.outcome === ANNUL ? "Annul this forecast?" : "Resolve this forecast?"}
        confirmLabel={confirming?.outcome === ANNUL ? "Annul it" : "Resolve it"}
        cancelLabel="Go back"
        onConfirm={() => confirming && void send(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>
          You are about to {confirming ? verdictOf(forecast, confirming) : ""}: “{forecast.title}”.
        </p>
        <p>{confirming?.outcome === ANNUL ? "No one is scored on an annulled forecast." : "Every forecaster is scored now."} Only an admin can reopen it.</p>
      </ConfirmDialog>
    </form>
  );
}

/** Instead of the form, for a reviewer who may not resolve: the button, refused, with the reason beside it. */
export function RefusedResolveButton({ reason }: { reason: string }) {
  const reasonId = useId();
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="resolve-refused">
      <Button type="button" disabled aria-describedby={reasonId}>Resolve or annul</Button>
      <p id={reasonId} className="text-sm">{reason}</p>
    </div>
  );
}
