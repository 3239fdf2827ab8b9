"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { addCommentAction, editCommentAction } from "@/app/_actions/comments";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { besideField } from "@/lib/format/beside-field";

interface Props {
  forecastId: string;
  /** Answer this comment; or, with `editing`, the comment being corrected. */
  replyTo?: string;
  editing?: { commentId: string; body: string };
  label: string;
  submitLabel: string;
  onDone?: () => void;
}

/** A new comment, an answer to one, or its author's correction: plain text, links allowed. */
export function CommentForm({ forecastId, replyTo, editing, label, submitLabel, onDone }: Props) {
  const router = useRouter();
  const [body, setBody] = useState(editing?.body ?? "");
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    const result = editing ? await editCommentAction(forecastId, editing.commentId, { body }) : await addCommentAction(forecastId, { body, replyTo });
    setSending(false);
    if (!result.ok) {
      setError(besideField("The comment", result.fieldErrors.body ?? result.fieldErrors.replyTo) ?? result.message);
      return;
    }
    setError(undefined);
    setBody("");
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={label} className="flex flex-col gap-2">
      <Field label={label} error={error} hint="Plain text; links are kept. You can edit it for 10 minutes.">
        {(p) => <textarea {...p} value={body} onChange={(e) => setBody(e.target.value)} rows={2} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" busy={sending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
