import { useId, type ReactNode } from "react";

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Something to heed that does not stop the form (an error does): shown beside the field and read with it. */
  warning?: ReactNode;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}

/** A label, the control, a hint, a warning and the field's error, wired together for screen readers. */
export function Field({ label, error, hint, warning, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, warningId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {warning && (
        <p id={warningId} className="rounded border-l-4 border-contested bg-amber-50 px-2 py-1 text-sm text-contested" role="status">
          {warning}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-semibold text-overtaken" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-overtaken aria-[invalid=true]:border-2";
