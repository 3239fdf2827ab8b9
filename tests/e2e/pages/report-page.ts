import { expect, type Locator, type Page } from "@playwright/test";

/** /reports/:id: the text with its key judgments, and the forecasts made from them. */
export class ReportPage {
  readonly heading: Locator;
  readonly judgments: Locator;
  readonly tracked: Locator;
  /** The collapsed group "stated without a likelihood", and its entries. */
  readonly unhedgedGroup: Locator;
  readonly unhedged: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.judgments = page.getByTestId("judgments").getByTestId("judgment");
    this.unhedgedGroup = page.getByTestId("unhedged");
    this.unhedged = this.unhedgedGroup.getByTestId("unhedged-judgment");
    this.tracked = page.getByRole("list", { name: "Forecasts from this report" }).getByRole("listitem");
  }

  /** The listed judgment whose own text (its sentence, or its clause of a split sentence) holds `start`. */
  judgment(start: string): Locator {
    return this.judgments.filter({ has: this.page.getByTestId("judgment-text").filter({ hasText: start }) });
  }

  async makeForecast(start: string): Promise<void> {
    await this.judgment(start).getByRole("link", { name: /^Make a forecast/ }).click();
    await expect(this.page).toHaveTitle("New forecast · Signpost");
  }
}
