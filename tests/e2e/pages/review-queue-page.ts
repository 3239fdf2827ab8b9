import { expect, type Locator, type Page } from "@playwright/test";
import { ResolveForm } from "./resolve-form";

/** /review: the forecasts awaiting resolution, the oldest horizon first, ten to a page. */
export class ReviewQueuePage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly nextPage: Locator;
  /** What was resolved from this page, said above the list. */
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Resolution queue" });
    this.items = page.getByTestId("queue-item");
    this.nextPage = page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" });
    this.notices = page.getByTestId("resolved-notices");
  }

  async goto(): Promise<void> {
    await this.page.goto("/review");
    await expect(this.heading).toBeVisible();
  }

  /** The item of the forecast titled `title`, following "Next page" until it shows. */
  async find(title: string): Promise<Locator> {
    await this.goto();
    const item = this.items.filter({ has: this.page.getByRole("heading", { level: 2, name: title }) });
    for (;;) {
      if ((await item.count()) > 0) return item;
      if ((await this.nextPage.count()) === 0) throw new Error(`“${title}” is not in the resolution queue`);
      await this.nextPage.click();
      await expect(this.heading).toBeVisible();
    }
  }

  resolveForm(item: Locator): ResolveForm {
    return new ResolveForm(item);
  }
}
