import { expect, type Locator } from "@playwright/test";

export interface ResolutionInput {
  /** A scenario's label, or "Annul". */
  outcome: string;
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM:SS in UTC, or none for 00:00. */
  time?: string;
  rationale: string;
  /** Titles of the supporting events to tick. */
  events?: string[];
}

/** The "Resolve or annul" disclosure and its form, in a queue item or on a forecast page. */
export class ResolveForm {
  readonly disclosure: Locator;
  readonly form: Locator;
  readonly refusedButton: Locator;

  constructor(readonly scope: Locator) {
    this.disclosure = scope.locator("summary", { hasText: "Resolve or annul" });
    this.form = scope.getByRole("form", { name: /^Resolve “/ });
    this.refusedButton = scope.getByTestId("resolve-refused").getByRole("button", { name: "Resolve or annul" });
  }

  async open(): Promise<void> {
    if (await this.form.isVisible()) return;
    await this.disclosure.click();
    await expect(this.form).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(input: ResolutionInput): Promise<void> {
    await this.open();
    await this.form.getByRole("radio", { name: new RegExp(`^${input.outcome}\\b`) }).check();
    await this.field("Date the outcome became known").fill(input.day);
    await this.field("Time (UTC, optional)").fill(input.time ?? "");
    await this.field(input.outcome === "Annul" ? "Reason for annulling" : "Rationale").fill(input.rationale);
    for (const title of input.events ?? []) await this.form.getByRole("checkbox", { name: new RegExp(escapeRegExp(title)) }).check();
  }

  /** Sends the form and answers the confirmation dialog. */
  async submitAndConfirm(): Promise<void> {
    await this.form.getByRole("button", { name: /^(Resolve|Annul)…$/ }).click();
    const dialog = this.form.page().getByRole("dialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: /^(Resolve|Annul) it$/ }).click();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
