import type { Locator, Page } from "@playwright/test";
import { ResolveForm } from "./resolve-form";

/** The parts of a forecast's page about its resolution: the outcome, the scores, late predictions, the scored window. */
export class ForecastOutcome {
  readonly outcome: Locator;
  readonly scores: Locator;
  readonly resolveForm: ResolveForm;
  readonly reopenForm: Locator;
  readonly latePredictions: Locator;
  readonly finalPredictions: Locator;
  readonly scoredWindow: Locator;
  readonly scoredWindowLegend: Locator;

  constructor(readonly page: Page) {
    this.outcome = page.getByTestId("resolution-outcome");
    this.scores = page.getByTestId("forecast-scores");
    this.resolveForm = new ResolveForm(page.getByRole("region", { name: "Resolution" }));
    this.reopenForm = page.getByRole("form", { name: "Reopen this forecast" });
    const history = page.getByTestId("prediction-history").locator(":scope > li");
    this.latePredictions = history.filter({ hasText: "late, not scored" });
    this.finalPredictions = history.filter({ hasText: "final, scored" });
    this.scoredWindow = page.getByTestId("timeline-chart").locator("svg .scored-window");
    this.scoredWindowLegend = page.getByTestId("legend-scored-window");
  }

  /** One forecaster's row of the scores table, by the start of their name. */
  scoreRow(name: string): Locator {
    return this.scores.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  score(name: string, kind: "finalBrier" | "timeAveragedBrier" | "relativeBrier" | "finalLogScore" | "timeAveragedLogScore"): Locator {
    return this.scoreRow(name).locator(`td[data-score="${kind}"]`);
  }
}
