import Link from "next/link";
import { formatDayTime } from "@/lib/format/dates";

export interface AuditEntryView {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actorName: string;
  subject: { label: string; href: string | null } | null;
}

export const ENTITY_WORDS: Record<string, string> = {
  forecast: "forecast",
  prediction: "prediction",
  indicator: "indicator",
  event: "event",
  event_link: "event link",
  report: "report",
  user: "user",
  team: "team",
  api_token: "API token",
  setting: "setting",
};

/**
 * One change: what was done, to what (its title, linked to its page when it has one), when and by
 * whom; the raw id and the state before and after on request.
 */
export function AuditEntry({ item }: { item: AuditEntryView }) {
  const { subject } = item;
  return (
    <li className="rounded border border-line bg-white p-3 text-sm">
      <p>
        <strong>{item.action}</strong> · {ENTITY_WORDS[item.entity] ?? item.entity}{" "}
        {subject ? subject.href ? <Link href={subject.href} className="text-accent-dark underline">{subject.label}</Link> : <span className="font-semibold">{subject.label}</span> : <code className="text-muted">{item.entityId}</code>}
        {" · "}
        {formatDayTime(item.at)} · by <span className="font-semibold">{item.actorName}</span>
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer text-accent-dark underline">Before and after</summary>
        <p className="mt-2 text-xs text-muted">
          {ENTITY_WORDS[item.entity] ?? item.entity} id <code>{item.entityId}</code>
        </p>
        <div className="mt-2 grid gap-2 md:grid-cols-2">
          <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">{JSON.stringify(item.before, null, 2) ?? "—"}</pre>
          <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">{JSON.stringify(item.after, null, 2) ?? "—"}</pre>
        </div>
      </details>
    </li>
  );
}
