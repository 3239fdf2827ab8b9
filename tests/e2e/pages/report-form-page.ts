import { expect, type Locator, type Page } from "@playwright/test";

/** /reports/new: a pasted assessment. */
export class ReportFormPage {
  readonly form: Locator;
  readonly title: Locator;
  readonly publishedOn: Locator;
  readonly body: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "New report" });
    this.title = this.form.getByLabel("Title", { exact: true });
    this.publishedOn = this.form.getByLabel("Publication date");
    this.body = this.form.getByLabel("Text of the report");
    this.submit = this.form.getByRole("button", { name: "Save and find key judgments" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/reports/new");
    await expect(this.page).toHaveTitle("New report · Signpost");
  }

  async fill(input: { title: string; publishedOn: string; body: string }): Promise<void> {
    await this.title.fill(input.title);
    await this.publishedOn.fill(input.publishedOn);
    await this.body.fill(input.body);
  }
}
