"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { editForecastAction } from "@/app/_actions/edit-forecast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { besideField } from "@/lib/format/beside-field";
import { fieldsNeedAttention } from "@/lib/errors";

export interface EditableQuestion {
  id: string;
  title: string;
  statement: string;
  resolutionCriteria: string;
  /** YYYY-MM-DD, the horizon's day */
  closesOn: string;
  version: number;
}

const LABELS: Record<string, string> = {
  title: "Title",
  statement: "Statement",
  resolutionCriteria: "Resolution criteria",
  closesAt: "Horizon",
  newScenario: "New scenario (optional)",
  reason: "Reason for the change",
};

/** Which form field shows an API path's message ("addScenarios.0.label" → the new scenario). */
function fieldOf(path: string): string {
  if (path.startsWith("addScenarios")) return "newScenario";
  return path in LABELS ? path : "form";
}

/**
 * The author's (or an admin's) edit of an open forecast's question. Only the fields that differ
 * are sent; the server refuses an edit that changes nothing, and every edit is a new version.
 */
export function EditQuestionForm({ question }: { question: EditableQuestion }) {
  const router = useRouter();
  const [values, setValues] = useState({ title: question.title, statement: question.statement, resolutionCriteria: question.resolutionCriteria, closesAt: question.closesOn, newScenario: "", carryOver: false, reason: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [sending, setSending] = useState(false);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = { reason: values.reason };
    if (values.title !== question.title) body.title = values.title;
    if (values.statement !== question.statement) body.statement = values.statement;
    if (values.resolutionCriteria !== question.resolutionCriteria) body.resolutionCriteria = values.resolutionCriteria;
    if (values.closesAt !== question.closesOn) body.closesAt = values.closesAt;
    if (values.newScenario.trim()) {
      body.addScenarios = [{ label: values.newScenario }];
      body.carryOver = values.carryOver;
    }
    setSending(true);
    const result = await editForecastAction(question.id, body);
    setSending(false);
    if (!result.ok) {
      const placed: Record<string, string> = {};
      for (const [path, message] of Object.entries(result.fieldErrors)) {
        const field = fieldOf(path);
        placed[field] ??= field === "form" ? `The edit ${message}.` : besideField(LABELS[field], message)!;
      }
      const { form, ...byField } = placed;
      setErrors(byField);
      const count = Object.keys(byField).length;
      setOutcome({ tone: "error", text: [form, count > 0 ? fieldsNeedAttention(count) : null].filter(Boolean).join(" ") || result.message });
      return;
    }
    setErrors({});
    setValues({ ...values, newScenario: "", carryOver: false, reason: "" });
    setOutcome({ tone: "success", text: `Saved as version ${result.data.version}. Everyone who predicted has been told.` });
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit the question" className="flex flex-col gap-3">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <Field label={LABELS.title} error={errors.title}>
        {(p) => <input {...p} value={values.title} onChange={set("title")} className={inputClass} />}
      </Field>
      <Field label={LABELS.statement} error={errors.statement}>
        {(p) => <textarea {...p} value={values.statement} onChange={set("statement")} rows={3} className={inputClass} />}
      </Field>
      <Field label={LABELS.resolutionCriteria} error={errors.resolutionCriteria}>
        {(p) => <textarea {...p} value={values.resolutionCriteria} onChange={set("resolutionCriteria")} rows={3} className={inputClass} />}
      </Field>
      <Field label={LABELS.closesAt} error={errors.closesAt} hint="The forecast closes at the end of this day (UTC).">
        {(p) => <input {...p} type="date" value={values.closesAt} onChange={set("closesAt")} className={inputClass} />}
      </Field>
      <Field label={LABELS.newScenario} error={errors.newScenario} hint="Scenarios can be added, never removed.">
        {(p) => <input {...p} value={values.newScenario} onChange={set("newScenario")} className={inputClass} />}
      </Field>
      {values.newScenario.trim() !== "" && (
        <label className="flex items-start gap-2">
          <input type="checkbox" className="mt-1" checked={values.carryOver} onChange={(e) => setValues({ ...values, carryOver: e.target.checked })} />
          <span>
            Carry every existing prediction over with 0% for the new scenario
            <span className="block text-sm text-muted">Unchecked, everyone who predicted is asked to update their prediction instead.</span>
          </span>
        </label>
      )}
      <Field label={LABELS.reason} error={errors.reason} hint="Shown with the change to everyone who predicted, and kept in the audit log.">
        {(p) => <textarea {...p} value={values.reason} onChange={set("reason")} rows={2} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" busy={sending}>{sending ? "Saving…" : "Save as a new version"}</Button>
      </div>
    </form>
  );
}
