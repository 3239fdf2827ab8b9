import { expect, type Locator, type Page } from "@playwright/test";

/** /scores: per analyst, forecasts scored and the four means, with filters and sorting in the URL. */
export class ScoresPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly filters: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.table = page.getByTestId("analyst-scores");
    this.filters = page.getByRole("search", { name: "Filter scores" });
    this.rows = this.table.locator("tbody > tr");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/scores${query}`);
    await expect(this.heading).toHaveText("Scores");
  }

  /** The analysts' names in the order shown. */
  names(): Promise<string[]> {
    return this.rows.getByRole("rowheader").allInnerTexts();
  }

  columnLink(name: string): Locator {
    return this.table.getByRole("columnheader").getByRole("link", { name: new RegExp(`^${name}\\b`) });
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader").filter({ has: this.page.getByRole("link", { name: new RegExp(`^${name}\\b`) }) });
  }

  mean(analyst: string, kind: "forecasts" | "meanFinalBrier" | "meanTimeAveragedBrier" | "meanRelativeBrier" | "meanFinalLogScore"): Locator {
    return this.rows.filter({ has: this.page.getByRole("rowheader", { name: analyst }) }).locator(`td[data-score="${kind}"]`);
  }
}

/** /scores/:analystId: one analyst's record, forecast by forecast. */
export class AnalystRecordPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.summary = page.getByTestId("record-summary");
    this.rows = page.getByTestId("analyst-record").locator("tbody > tr");
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("link", { name: title }) });
  }
}
