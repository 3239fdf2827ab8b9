"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { reopenForecastAction } from "@/app/_actions/reopen-forecast";
import { checkResolver } from "@/components/evidence/check-resolver";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { besideField } from "@/lib/format/beside-field";
import { placeRefusal, type FormOutcome } from "@/lib/form-refusal";
import { reopenForecastSchema } from "@/lib/validation/resolution";

interface Values {
  reason: string;
}

const LABEL = "Why the resolution is wrong";

function check(values: Values): Record<string, string> {
  const parsed = reopenForecastSchema.safeParse(values);
  if (parsed.success) return {};
  return { reason: besideField(LABEL, parsed.error.issues[0].message)! };
}

/**
 * An admin's correction of a wrong resolution: with a reason, asked once more, since every score
 * the resolution gave is removed (a reviewer resolves it again from the queue).
 */
export function ReopenForm({ forecastId }: { forecastId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<FormOutcome>(null);
  const form = useForm<Values>({ defaultValues: { reason: "" }, resolver: checkResolver(check) });
  const { errors } = form.formState;

  async function reopen(values: Values) {
    setConfirming(null);
    setSending(true);
    const result = await reopenForecastAction(forecastId, values);
    setSending(false);
    if (!result.ok) {
      const refusal = placeRefusal(result, (path) => (path === "reason" ? "reason" : null));
      if (refusal.fieldErrors.reason) form.setError("reason", { message: besideField(LABEL, refusal.fieldErrors.reason) }, { shouldFocus: true });
      setOutcome(refusal.outcome);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit((values) => setConfirming(values))} noValidate aria-label="Reopen this forecast" className="flex flex-col gap-3">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <Field label={LABEL} error={errors.reason?.message} hint="Kept in the audit log with the resolution and the scores as they were.">
        {(p) => <textarea {...p} {...form.register("reason")} rows={2} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" busy={sending}>{sending ? "Reopening…" : "Reopen…"}</Button>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title="Reopen this forecast?"
        confirmLabel="Reopen it"
        cancelLabel="Keep it resolved"
        onConfirm={() => confirming && void reopen(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>The resolution and every score it gave are removed, and the forecast goes back to the resolution queue.</p>
        <p>The audit log keeps them, with your reason.</p>
      </ConfirmDialog>
    </form>
  );
}
