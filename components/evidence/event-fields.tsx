"use client";
import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/format/admiralty";
import type { EventFieldValues } from "./event-values";

/** A new event's own fields, shared by "Record an event" and "Attach an event" (inside their FormProvider). */
export function EventFields({ dateWarning }: { dateWarning?: ReactNode }) {
  const { register, formState } = useFormContext<EventFieldValues>();
  const { errors } = formState;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Field label="What happened?" error={errors.title?.message} hint="A short title, such as “Drone attack on Erbil airport”.">
        {(p) => <input {...p} {...register("title")} className={inputClass} />}
      </Field>
      <Field label="When did it happen?" error={errors.occurredAt?.message} warning={dateWarning} hint="The day it happened; not in the future.">
        {(p) => <input {...p} {...register("occurredAt")} type="date" className={inputClass} />}
      </Field>
      <Field label="Source link (optional)" error={errors.sourceUrl?.message} hint="A link starting with http:// or https://.">
        {(p) => <input {...p} {...register("sourceUrl")} type="url" className={inputClass} />}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Source reliability" error={errors.sourceReliability?.message}>
          {(p) => (
            <select {...p} {...register("sourceReliability")} className={inputClass}>
              <option value="">Not graded</option>
              {Object.entries(RELIABILITY_LABELS).map(([k, v]) => (
                <option key={k} value={k}>{k} — {v}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Information credibility" error={errors.infoCredibility?.message}>
          {(p) => (
            <select {...p} {...register("infoCredibility")} className={inputClass}>
              <option value="">Not graded</option>
              {Object.entries(CREDIBILITY_LABELS).map(([k, v]) => (
                <option key={k} value={k}>{k} — {v}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field label="Details (optional)" error={errors.description?.message}>
          {(p) => <textarea {...p} {...register("description")} rows={2} className={inputClass} />}
        </Field>
      </div>
    </div>
  );
}
