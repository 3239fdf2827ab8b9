import { describeProbability, parseProbabilityInput, type ScaleId } from "@/lib/estimative";

/** As an analyst types, the words for the number (or the number for the words) appear beside it. */
export function ProbabilityHint({ text, scale }: { text: string; scale: ScaleId }) {
  if (!text.trim()) return <span>A number or words.</span>;
  const parsed = parseProbabilityInput(text, scale);
  if (!parsed.ok) {
    if (parsed.reason === "vague") return <span className="font-semibold text-contested">Vague: no agreed probability. Type a number.</span>;
    return <span>Not read yet.</span>;
  }
  const described = describeProbability(parsed.value, scale);
  return (
    <span aria-live="polite">
      {parsed.fromWords ? `= ${parsed.value}% ` : ""}
      <strong>{described.words}</strong>
      {described.inGap ? " (in a gap of the yardstick)" : ""}
    </span>
  );
}
