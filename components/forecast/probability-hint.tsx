import { describeProbability, type ScaleId } from "@/lib/estimative/scales";
import { readProbability } from "./probability-reading";

interface ProbabilityHintProps {
  text: string;
  scale: ScaleId;
  /** False while the field shows an error of its own, so the problem is not said twice. */
  sayProblem: boolean;
  /** "0.3" → use 30. */
  onUse: (value: string) => void;
}

const DEFAULT_HINT = "A number from 0.1 to 99.9, or words such as “likely”.";

/** As an analyst types, the words for the number (or the number for the words) appear beside it. */
export function ProbabilityHint({ text, scale, sayProblem, onUse }: ProbabilityHintProps) {
  const reading = readProbability(text, scale);
  if (reading.kind === "empty") return <span>{DEFAULT_HINT}</span>;
  if (reading.kind === "problem") return sayProblem ? <span className="font-semibold text-contested">{reading.message}</span> : <span>{DEFAULT_HINT}</span>;
  const described = describeProbability(reading.value, scale);
  return (
    <span>
      {reading.fromWords ? `= ${reading.value}% ` : ""}
      <strong>{described.words}</strong>
      {described.inGap ? " (in a gap of the yardstick)" : ""}
      {reading.asPercent !== null && (
        <span className="mt-1 flex flex-wrap items-center gap-2">
          <span className="font-semibold text-contested">That is {reading.value}%: did you mean {reading.asPercent}%?</span>
          <button type="button" className="rounded border border-accent px-2 text-accent-dark hover:bg-blue-50" onClick={() => onUse(String(reading.asPercent))}>
            Use {reading.asPercent}%
          </button>
        </span>
      )}
    </span>
  );
}
