import { expect, type Locator, type Page } from "@playwright/test";

/** /forecasts: every forecast, newest first, with search and filters. */
export class ForecastListPage {
  readonly items: Locator;
  readonly titles: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByRole("list", { name: "Forecasts" }).getByRole("listitem");
    this.titles = this.items.getByRole("heading", { level: 2 });
    this.empty = page.getByText("No forecast matches these filters.");
  }

  async goto(search?: string): Promise<void> {
    await this.page.goto(search ? `/forecasts?${new URLSearchParams({ q: search })}` : "/forecasts");
    await expect(this.page).toHaveTitle("Forecasts · Signpost");
  }

  /** Opens a forecast by its title: from the page shown when it is there, else by searching its title (older ones are pages away). */
  async open(title: string): Promise<void> {
    const link = this.page.getByRole("link", { name: title, exact: true });
    if (!(await link.isVisible())) await this.goto(title);
    await link.click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(title);
  }
}
