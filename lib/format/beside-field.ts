/**
 * A field's error as a sentence that speaks in the field's label. Some shared schemas give
 * predicates ("is required", "must be a date such as 2021-08-10") that read as developer
 * shorthand on their own; beside a field labelled "Title" they become "Title is required.".
 * Messages that are already sentences (capitalised) or start another way pass unchanged.
 */
export function besideField(label: string, message: string | undefined): string | undefined {
  if (!message) return message;
  if (!/^(is|are|must|does|do|has|have|looks|should|cannot|can't)\b/.test(message)) return message;
  const subject = label.replace(/\s*\(optional\)\s*$/i, "");
  return `${subject} ${message}${/[.!?]$/.test(message) ? "" : "."}`;
}
