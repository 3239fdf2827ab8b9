/** What one edit of a question changed (SPEC §6's `changes`): only the fields whose value differs. */
export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface Question {
  title: string;
  statement: string;
  resolutionCriteria: string;
  /** epoch ms */
  closesAt: number;
}

export const QUESTION_FIELDS = ["title", "statement", "resolutionCriteria", "closesAt"] as const;

export const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  statement: "Statement",
  resolutionCriteria: "Resolution criteria",
  closesAt: "Horizon",
  scenarios: "Scenarios",
};

/** Horizons are shown and stored in changes as ISO strings, like everywhere else in the API. */
export function questionChanges(before: Question, edit: Partial<Question>): Changes {
  const changes: Changes = {};
  for (const field of QUESTION_FIELDS) {
    const after = edit[field];
    if (after === undefined || after === before[field]) continue;
    changes[field] = field === "closesAt" ? { before: new Date(before.closesAt).toISOString(), after: new Date(after as number).toISOString() } : { before: before[field], after };
  }
  return changes;
}

/** "the title and the resolution criteria" — for inbox lines. */
export function describeChangedFields(changes: Changes): string {
  const names = Object.keys(changes).map((field) => (FIELD_LABELS[field] ?? field).toLowerCase());
  if (names.length <= 1) return `the ${names[0] ?? "question"}`;
  return `the ${names.slice(0, -1).join(", the ")} and the ${names.at(-1)}`;
}
