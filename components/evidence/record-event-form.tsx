"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { recordEventAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format/dates";
import { placeRefusal, refusedBeforeSending, topLevelFieldOf, type FormOutcome } from "@/lib/form-refusal";
import { checkResolver } from "./check-resolver";
import { EventFields } from "./event-fields";
import { EMPTY_EVENT, EVENT_FIELDS, eventFieldErrors, toEventRequest, type EventFieldValues } from "./event-values";

const resolver = checkResolver<EventFieldValues>((values) => eventFieldErrors(values, Date.now()));

/** A plain event, not yet linked: links are made from a forecast's page. */
export function RecordEventForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const form = useForm<EventFieldValues>({ resolver, defaultValues: EMPTY_EVENT });
  const { isSubmitting } = form.formState;

  async function onSubmit(values: EventFieldValues) {
    setOutcome(null);
    const result = await recordEventAction(null, toEventRequest(values));
    if (!result.ok) {
      const refusal = placeRefusal(result, topLevelFieldOf(EVENT_FIELDS));
      for (const [field, message] of Object.entries(refusal.fieldErrors)) form.setError(field as keyof EventFieldValues, { message }, { shouldFocus: true });
      setOutcome(refusal.outcome);
      return;
    }
    setOutcome({ tone: "success", text: `Recorded: “${values.title.trim()}”, ${formatDay(values.occurredAt)}.` });
    form.reset(EMPTY_EVENT);
    router.refresh();
  }

  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit(onSubmit, (errors) => setOutcome(refusedBeforeSending(Object.keys(errors).length)))}
        noValidate
        className="mt-3 flex flex-col gap-3"
        aria-label="Record an event"
      >
        {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
        <EventFields />
        <div>
          <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Recording…" : "Record event"}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
