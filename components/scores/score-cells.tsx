import { formatScore, relativeWords } from "@/lib/format/scores";

/** A relative Brier score and what it means: "−0.135 better than the crowd". */
export function RelativeScore({ value }: { value: number }) {
  const words = relativeWords(value);
  return (
    <span>
      <span className="tabular-nums">{formatScore(value)}</span>{" "}
      <span className={`text-sm ${words.startsWith("better") ? "text-holding" : words.startsWith("worse") ? "text-overtaken" : "text-muted"}`}>{words}</span>
    </span>
  );
}
