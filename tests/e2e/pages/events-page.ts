import { expect, type Locator, type Page } from "@playwright/test";
import { EventFields } from "./event-fields";

/** /events: every recorded event, and the form to record one. */
export class EventsPage {
  readonly recordForm: Locator;
  readonly fields: EventFields;
  readonly record: Locator;

  constructor(readonly page: Page) {
    this.recordForm = page.getByRole("form", { name: "Record an event" });
    this.fields = new EventFields(this.recordForm);
    this.record = this.recordForm.getByRole("button", { name: "Record event" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/events");
    await expect(this.page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  }

  async openRecordForm(): Promise<void> {
    await this.page.locator("summary", { hasText: "Record an event" }).click();
    await expect(this.recordForm).toBeVisible();
  }
}
