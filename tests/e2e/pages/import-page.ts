import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/import: an admin uploads a track record (the JSON of POST /api/v1/import). */
export class ImportPage {
  readonly form: Locator;
  readonly file: Locator;
  readonly submit: Locator;
  readonly progress: Locator;
  readonly problems: Locator;
  readonly imported: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "Import a track record" });
    this.file = this.form.getByLabel("Track record (JSON file)");
    this.submit = this.form.getByRole("button", { name: "Import" });
    this.progress = page.getByRole("progressbar");
    this.problems = page.getByRole("list", { name: "Problems in the file" }).getByRole("listitem");
    this.imported = page.getByRole("list", { name: "Imported forecasts" }).getByRole("link");
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin/import");
    await expect(this.page).toHaveTitle("Import a track record · Signpost");
  }

  /** Chooses a file made of `body` and imports it, with the keyboard. */
  async importFile(name: string, body: unknown): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(body)) });
    await this.submit.focus();
    await this.page.keyboard.press("Enter");
  }
}
