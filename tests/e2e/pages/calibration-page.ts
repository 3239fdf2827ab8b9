import { expect, type Locator, type Page } from "@playwright/test";

/** /calibration: the reliability diagram and its tables, filters and bins in the URL. */
export class CalibrationPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly binTable: Locator;
  readonly binRows: Locator;
  readonly chart: Locator;
  readonly headline: Locator;
  readonly statements: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.filters = page.getByRole("search", { name: "Filter calibration" });
    this.binTable = page.getByTestId("bin-table");
    this.binRows = this.binTable.locator("tbody > tr");
    this.chart = page.getByTestId("reliability-chart");
    this.headline = page.getByTestId("calibration-headline");
    this.statements = page.getByTestId("bin-statements");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/calibration${query}`);
    await expect(this.heading).toHaveText("Calibration");
  }

  /** Each bin's label and statement count, as the data table lists them. */
  async counts(): Promise<[string, string][]> {
    const rows = await this.binRows.all();
    return Promise.all(rows.map(async (row) => [await row.getByRole("rowheader").innerText(), await row.locator("td").first().innerText()] as [string, string]));
  }

  chooseBins(words: boolean): Promise<void> {
    return this.page
      .getByRole("navigation", { name: "View" })
      .getByRole("link", { name: words ? /estimative words/ : /tens of percent/ })
      .click();
  }

  async filterByAnalyst(name: string): Promise<void> {
    await this.filters.getByLabel("Analyst").selectOption({ label: name });
    await this.filters.getByRole("button", { name: /apply|filter/i }).click();
  }
}
