import { FIELD_LABELS, type Changes } from "@/lib/versions/changes";
import { wordDiff } from "@/lib/versions/word-diff";
import { formatDay, formatDayTime } from "@/lib/format/dates";

export interface VersionView {
  version: number;
  at: string;
  actorName: string;
  reason: string;
  changes: Changes;
}

function shown(field: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (field === "closesAt") return formatDay(String(value));
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** One changed field: the words removed struck through, the words added underlined. */
function FieldDiff({ field, before, after }: { field: string; before: unknown; after: unknown }) {
  const parts = wordDiff(shown(field, before), shown(field, after));
  return (
    <div>
      <dt className="font-semibold">{FIELD_LABELS[field] ?? field}</dt>
      <dd data-testid={`diff-${field}`} className="whitespace-pre-wrap">
        {parts.map((part, i) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "removed" ? (
            <del key={i} className="bg-red-50 text-overtaken" aria-label={`removed: ${part.text}`}>{part.text}</del>
          ) : (
            <ins key={i} className="bg-green-50 text-holding" aria-label={`added: ${part.text}`}>{part.text}</ins>
          ),
        )}
      </dd>
    </div>
  );
}

/** Every edit of the question, newest first, each with who, when, why and a word diff (SPEC §2). */
export function QuestionHistory({ versions }: { versions: VersionView[] }) {
  const edits = versions.filter((v) => v.version > 1).reverse();
  if (edits.length === 0) return <p className="text-muted">The question has not changed since it was created.</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="question-history">
      {edits.map((v) => (
        <li key={v.version} className="rounded border border-line bg-white p-3">
          <p>
            <span className="font-semibold">Version {v.version}</span> · {formatDayTime(v.at)} · {v.actorName}
          </p>
          <p className="text-sm">Reason: {v.reason}</p>
          <dl className="mt-2 flex flex-col gap-2">
            {Object.entries(v.changes)
              .filter(([field]) => field !== "carryOver")
              .map(([field, change]) => (
                <FieldDiff key={field} field={field} before={change.before} after={change.after} />
              ))}
          </dl>
          {"carryOver" in v.changes && (
            <p className="mt-1 text-sm text-muted">
              {v.changes.carryOver.after ? "Existing predictions carried over with 0% for the new scenario." : "Everyone who predicted was asked to update."}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
