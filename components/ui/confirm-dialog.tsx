"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** "danger" for an action that can't be undone (revoking, deactivating). */
  tone?: "primary" | "danger";
  onConfirm: () => void;
  onCancel: () => void;
  /** Runs once the dialog has closed and the page is interactive again (to move focus). */
  afterClose?: () => void;
}

/**
 * A question that must be answered before going on. The native modal <dialog> keeps focus inside,
 * hides the page from screen readers and closes on Escape (which counts as "no"); focus starts
 * on the safe answer so a stray Enter loses nothing.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = "Cancel", tone = "primary", onConfirm, onCancel, afterClose }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClose={afterClose}
      className="m-auto max-w-lg rounded border border-line bg-white p-5 text-ink shadow-lg backdrop:bg-black/40"
    >
      {open && (
        <>
          <h2 id={titleId} className="mb-2 text-lg font-semibold">{title}</h2>
          <div id={bodyId} className="mb-4 flex flex-col gap-2">{children}</div>
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={onCancel} autoFocus>{cancelLabel}</Button>
            <Button type="button" variant={tone === "danger" ? "danger" : undefined} onClick={onConfirm}>{confirmLabel}</Button>
          </div>
        </>
      )}
    </dialog>
  );
}
