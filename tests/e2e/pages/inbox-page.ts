import { expect, type Locator, type Page } from "@playwright/test";

/** /inbox: what needs the person and what happened to their forecasts. */
export class InboxPage {
  readonly items: Locator;
  readonly unread: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId("inbox-item");
    this.unread = page.getByTestId("inbox-unread");
  }

  async goto(): Promise<void> {
    await this.page.goto("/inbox");
    await expect(this.page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  }
}
