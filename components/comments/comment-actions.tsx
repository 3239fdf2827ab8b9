"use client";
import { useState } from "react";
import { CommentForm } from "./comment-form";

/** "Reply" (top-level comments only) and "Edit" (its author, within 10 minutes) under one comment. */
export function CommentActions({ forecastId, commentId, body, mayReply, mayEdit }: { forecastId: string; commentId: string; body: string; mayReply: boolean; mayEdit: boolean }) {
  const [open, setOpen] = useState<"reply" | "edit" | null>(null);
  return (
    <div className="mt-1 flex flex-col gap-2">
      <div className="flex gap-3 text-sm">
        {mayReply && (
          <button type="button" className="underline" aria-expanded={open === "reply"} onClick={() => setOpen(open === "reply" ? null : "reply")}>
            Reply
          </button>
        )}
        {mayEdit && (
          <button type="button" className="underline" aria-expanded={open === "edit"} onClick={() => setOpen(open === "edit" ? null : "edit")}>
            Edit
          </button>
        )}
      </div>
      {open === "reply" && <CommentForm forecastId={forecastId} replyTo={commentId} label="Your reply" submitLabel="Post reply" onDone={() => setOpen(null)} />}
      {open === "edit" && <CommentForm forecastId={forecastId} editing={{ commentId, body }} label="Edit your comment" submitLabel="Save comment" onDone={() => setOpen(null)} />}
    </div>
  );
}
