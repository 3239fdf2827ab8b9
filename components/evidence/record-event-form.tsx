"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { recordEventAction } from "@/app/_actions/evidence";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "@/lib/format/admiralty";

/** A plain event, not yet linked: links are made from a forecast's page. */
export function RecordEventForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? "");
    setBusy(true);
    const result = await recordEventAction(null, {
      occurredAt: text("occurredAt"),
      title: text("title"),
      description: text("description"),
      sourceUrl: text("sourceUrl") || null,
      sourceReliability: text("sourceReliability") || null,
      infoCredibility: text("infoCredibility") ? Number(text("infoCredibility")) : null,
    });
    setBusy(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message, fields: result.fieldErrors });
      return;
    }
    setMessage({ tone: "success", text: "Event recorded." });
    (event.target as HTMLFormElement).reset();
    router.refresh();
  }

  const fieldError = (name: string) => message?.fields?.[name] && <span role="alert" className="text-sm font-semibold text-overtaken">{message.fields[name]}</span>;
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-3 md:grid-cols-2" aria-label="Record an event">
      {message && <div className="md:col-span-2"><Alert tone={message.tone}>{message.text}</Alert></div>}
      <label className="flex flex-col gap-1"><span className="font-semibold">Title</span><input name="title" className={inputClass} />{fieldError("title")}</label>
      <label className="flex flex-col gap-1"><span className="font-semibold">Occurred on</span><input name="occurredAt" type="date" className={inputClass} />{fieldError("occurredAt")}</label>
      <label className="flex flex-col gap-1"><span className="font-semibold">Source URL (optional)</span><input name="sourceUrl" type="url" className={inputClass} />{fieldError("sourceUrl")}</label>
      <div className="grid grid-cols-2 gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Source reliability</span>
          <select name="sourceReliability" className={inputClass}>
            <option value="">Not graded</option>
            {Object.entries(RELIABILITY_LABELS).map(([k, v]) => <option key={k} value={k}>{k} — {v}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Information credibility</span>
          <select name="infoCredibility" className={inputClass}>
            <option value="">Not graded</option>
            {Object.entries(CREDIBILITY_LABELS).map(([k, v]) => <option key={k} value={k}>{k} — {v}</option>)}
          </select>
        </label>
      </div>
      <label className="flex flex-col gap-1 md:col-span-2"><span className="font-semibold">Description (optional)</span><textarea name="description" rows={2} className={inputClass} />{fieldError("description")}</label>
      <div><Button type="submit" busy={busy}>{busy ? "Recording…" : "Record event"}</Button></div>
    </form>
  );
}
