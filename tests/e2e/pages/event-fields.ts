import type { Locator } from "@playwright/test";

export interface NewEventInput {
  title: string;
  occurredOn: string;
  sourceUrl?: string;
  reliability?: string;
  credibility?: string;
}

/** A new event's fields, as "Record an event" (/events) and "Attach an event" (a forecast's page) both show them. */
export class EventFields {
  readonly title: Locator;
  readonly occurredOn: Locator;
  readonly sourceUrl: Locator;
  readonly reliability: Locator;
  readonly credibility: Locator;
  readonly details: Locator;

  constructor(readonly form: Locator) {
    this.title = form.getByLabel("What happened?");
    this.occurredOn = form.getByLabel("When did it happen?");
    this.sourceUrl = form.getByLabel("Source link (optional)");
    this.reliability = form.getByLabel("Source reliability");
    this.credibility = form.getByLabel("Information credibility");
    this.details = form.getByLabel("Details (optional)");
  }

  async fill(input: NewEventInput): Promise<void> {
    await this.title.fill(input.title);
    await this.occurredOn.fill(input.occurredOn);
    if (input.sourceUrl !== undefined) await this.sourceUrl.fill(input.sourceUrl);
    if (input.reliability !== undefined) await this.reliability.selectOption(input.reliability);
    if (input.credibility !== undefined) await this.credibility.selectOption(input.credibility);
  }
}

/**
 * What a form says above its fields: its one outcome message (an error or a success, never
 * both). Field errors and warnings beside the fields are not counted: they are paragraphs,
 * the outcome is the form's first child.
 */
export function outcomeOf(form: Locator): Locator {
  return form.locator(":scope > [role='alert'], :scope > [role='status']");
}
