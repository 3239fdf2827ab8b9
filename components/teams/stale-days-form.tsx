"use client";
import { useState, type FormEvent } from "react";
import { setStaleDaysAction } from "@/app/_actions/teams";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { besideField } from "@/lib/format/beside-field";

const LABEL = "Remind after (days)";

/** The team's staleness setting: a standing prediction older than this shows in its analyst's "what needs you". */
export function StaleDaysForm({ teamId, teamName, staleDays }: { teamId: string; teamName: string; staleDays: number }) {
  const [value, setValue] = useState(String(staleDays));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await setStaleDaysAction(teamId, value);
    setBusy(false);
    setSaved(result.ok);
    setError(result.ok ? undefined : (besideField(LABEL, result.fieldErrors.staleDays) ?? result.message));
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Stale predictions in ${teamName}`} className="flex items-end gap-2">
      <Field label={LABEL} error={error} hint="A standing prediction older than this is flagged as stale to its analyst.">
        {(p) => <input {...p} type="number" min={1} max={365} value={value} onChange={(e) => setValue(e.target.value)} className={`${inputClass} w-28`} />}
      </Field>
      <Button type="submit" variant="secondary" busy={busy}>Save</Button>
      {saved && <span role="status" className="text-sm">Saved.</span>}
    </form>
  );
}
