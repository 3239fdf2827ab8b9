import type { AssessmentStatus, ForecastStatus } from "@/lib/dto/forecast";

const ASSESSMENT: Record<AssessmentStatus, { label: string; className: string }> = {
  holding: { label: "Holding", className: "bg-green-100 text-holding border-holding" },
  contested: { label: "Contested", className: "bg-amber-100 text-contested border-contested" },
  overtaken: { label: "Overtaken", className: "bg-red-100 text-overtaken border-overtaken" },
  borne_out: { label: "Borne out", className: "bg-green-100 text-holding border-holding" },
  not_borne_out: { label: "Not borne out", className: "bg-red-100 text-overtaken border-overtaken" },
  annulled: { label: "Annulled", className: "bg-gray-100 text-muted border-line" },
};

const FORECAST: Record<ForecastStatus, string> = { open: "Open", closed: "Closed, awaiting resolution", resolved: "Resolved", annulled: "Annulled" };

export function AssessmentBadge({ status }: { status: AssessmentStatus }) {
  const { label, className } = ASSESSMENT[status];
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${className}`} data-testid="assessment-status">{label}</span>;
}

export function ForecastStatusBadge({ status }: { status: ForecastStatus }) {
  return <span className="inline-block rounded border border-line bg-white px-2 py-0.5 text-sm" data-testid="forecast-status">{FORECAST[status]}</span>;
}

export function assessmentLabel(status: AssessmentStatus): string {
  return ASSESSMENT[status].label;
}
