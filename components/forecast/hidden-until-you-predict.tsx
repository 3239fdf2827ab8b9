import { Alert } from "@/components/ui/alert";
import { countOf } from "@/lib/format/plural";

/**
 * Stands in for other analysts' numbers (standings, chart lines, history) until the reader makes
 * their first prediction (SPEC §2's independent first forecast).
 */
export function HiddenUntilYouPredict({ predictorCount, what }: { predictorCount: number; what: string }) {
  return (
    <div data-testid="hidden-until-you-predict">
      <Alert tone="info" title="Hidden until you predict">
        {predictorCount === 0 ? "Nobody has predicted on this forecast yet." : `${countOf(predictorCount, "analyst")} predicted on this forecast.`} {what} stay hidden until
        you make your own first prediction, so that your judgment is your own. The statement, indicators and events are all here.
      </Alert>
    </div>
  );
}
