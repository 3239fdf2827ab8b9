import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-accent text-white hover:bg-accent-dark disabled:bg-muted",
  secondary: "border border-line bg-white text-ink hover:bg-paper",
  danger: "bg-overtaken text-white hover:opacity-90",
};

export function Button({ variant = "primary", className = "", busy, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean }) {
  return (
    <button
      {...rest}
      aria-busy={busy || undefined}
      disabled={rest.disabled || busy}
      className={`inline-flex items-center justify-center gap-2 rounded px-4 py-2 font-semibold disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
    >
      {busy && <span aria-hidden className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}
