import { fieldsNeedAttention } from "./errors";

/**
 * How a form shows that it was refused, so success and error messages replace each other (one
 * message above the form at a time) and every field's message stands beside that field.
 */
export type FormOutcome = { tone: "error" | "success"; text: string } | null;
type Refused = { tone: "error"; text: string };

/** The form's own check (before sending) found `fieldCount` fields to correct. */
export function refusedBeforeSending(fieldCount: number): Refused {
  return { tone: "error", text: fieldsNeedAttention(Math.max(fieldCount, 1)) };
}

export interface PlacedRefusal {
  /** Form field → the message to show beside it. */
  fieldErrors: Record<string, string>;
  /** What to say above the form. */
  outcome: Refused;
}

/**
 * Places a refused action's field errors (keyed by API paths such as "indicatorIds.0") on the
 * form's own fields: `fieldOf` names the field that shows a path, or null when the form has no
 * place for it; such messages are said above the form instead, so none is lost.
 */
export function placeRefusal(failure: { message: string; fieldErrors: Record<string, string> }, fieldOf: (path: string) => string | null): PlacedRefusal {
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(failure.fieldErrors)) {
    const field = path === "form" ? null : fieldOf(path);
    if (field === null) unplaced.push(message);
    else fieldErrors[field] ??= message;
  }
  const placedCount = Object.keys(fieldErrors).length;
  const text = placedCount > 0 ? [...unplaced, fieldsNeedAttention(placedCount)].join(" ") : unplaced.length > 0 ? unplaced.join(" ") : failure.message;
  return { fieldErrors, outcome: { tone: "error", text } };
}

/** A `fieldOf` for forms whose fields are named like the API's top-level fields ("indicatorIds.0" → "indicatorIds"). */
export function topLevelFieldOf(fields: readonly string[], renamed: Record<string, string> = {}): (path: string) => string | null {
  return (path) => {
    const top = path.split(".")[0];
    const field = renamed[top] ?? top;
    return fields.includes(field) ? field : null;
  };
}
