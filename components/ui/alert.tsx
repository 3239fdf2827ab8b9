import type { ReactNode } from "react";

const TONES = {
  error: "border-overtaken bg-red-50 text-overtaken",
  success: "border-holding bg-green-50 text-holding",
  info: "border-accent bg-blue-50 text-accent-dark",
  warning: "border-contested bg-amber-50 text-contested",
} as const;

export function Alert({ tone, children, title }: { tone: keyof typeof TONES; children: ReactNode; title?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-l-4 px-4 py-3 ${TONES[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
