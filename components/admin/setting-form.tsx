"use client";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

/**
 * One installation setting on the admin page: its choices (`children`), a Save button that stays
 * off until the choice differs from what is stored, and the outcome said in a status line.
 */
export function SettingForm({
  label,
  unchanged,
  save,
  savedMessage = "Saved.",
  submitLabel = "Save",
  children,
}: {
  label: string;
  unchanged: boolean;
  save: () => Promise<ActionResult>;
  savedMessage?: string;
  submitLabel?: string;
  children: ReactNode;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await save();
          setMessage(result.ok ? savedMessage : result.message);
        });
      }}
      className="flex flex-col gap-2"
      aria-label={label}
    >
      {children}
      <div>
        <Button type="submit" variant="secondary" busy={pending} disabled={unchanged}>{submitLabel}</Button>
      </div>
      {message && <p role="status" className="text-sm">{message}</p>}
    </form>
  );
}
