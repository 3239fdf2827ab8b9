import { expect, type Locator, type Page } from "@playwright/test";
import { EventFields, outcomeOf, type NewEventInput as EventInput } from "./event-fields";

export interface IndicatorInput {
  description: string;
  /** The option text of the scenario, e.g. "Holds (baseline)". */
  scenario: string;
  direction: "For" | "Against";
  strength: "Weak" | "Moderate" | "Strong";
  /** A day as a date input takes it ("2026-03-31"). */
  expectedBy?: string;
}

export interface NewEventInput extends EventInput {
  /** Descriptions of the indicators it bears on. */
  indicators: string[];
}

/** /forecasts/:id: the assessment, the chart, everyone's probabilities, indicators, events and history. */
export class ForecastPage {
  readonly heading: Locator;
  readonly assessmentStatus: Locator;
  readonly assessmentReason: Locator;
  readonly latest: Locator;
  readonly predictionForm: Locator;
  readonly history: Locator;
  readonly chart: Locator;
  readonly eventMarkers: Locator;
  readonly impliedLine: Locator;
  readonly indicatorBoard: Locator;
  readonly indicatorForm: Locator;
  readonly indicatorOutcome: Locator;
  readonly eventForm: Locator;
  readonly eventFields: EventFields;
  readonly eventOutcome: Locator;
  readonly linkedEvents: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.assessmentStatus = page.getByTestId("assessment-status");
    this.assessmentReason = page.getByTestId("assessment-reason");
    this.latest = page.getByTestId("latest-probabilities");
    this.predictionForm = page.getByRole("form", { name: "Add a prediction" });
    this.history = page.getByTestId("prediction-history").locator(":scope > li");
    this.chart = page.getByTestId("timeline-chart");
    this.eventMarkers = this.chart.locator("svg [data-testid='event-marker']");
    // recharts draws each <Line> as a layer carrying our class, with the curve as its path.
    this.impliedLine = this.chart.locator("svg g.implied-line path.recharts-line-curve");
    this.indicatorBoard = page.getByTestId("indicator-board");
    this.indicatorForm = page.getByRole("form", { name: "Add an indicator" });
    this.indicatorOutcome = outcomeOf(this.indicatorForm);
    this.eventForm = page.getByRole("form", { name: "Attach an event" });
    this.eventFields = new EventFields(this.eventForm);
    this.eventOutcome = outcomeOf(this.eventForm);
    this.linkedEvents = page.getByTestId("linked-events").locator(":scope > li");
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/forecasts/${id}`);
    await expect(this.heading).toBeVisible();
  }

  /** A scenario's column heading in "Where everyone stands". */
  scenarioHeader(label: string): Locator {
    return this.latest.locator(`thead th[data-scenario="${label}"]`);
  }

  /** The author's standing probability of one scenario in "Where everyone stands". */
  authorStanding(label: string): Locator {
    return this.latest
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: /\(author\)/ }) })
      .locator(`td[data-scenario="${label}"]`);
  }

  async addPrediction(probabilities: Record<string, string>, rationale: string): Promise<void> {
    for (const [label, value] of Object.entries(probabilities)) await this.predictionForm.getByLabel(label, { exact: true }).fill(value);
    await this.predictionForm.getByLabel("Rationale").fill(rationale);
    await this.predictionForm.getByRole("button", { name: "Add prediction" }).click();
    await expect(this.predictionForm.getByRole("status")).toHaveText("Your prediction was added to the history.");
  }

  /**
   * What a reader sees of one line, by its legend name: its curve, or its dots where its points are
   * too close together to draw a segment (recharts draws the dots in a layer of their own).
   */
  visibleLine(name: string): Locator {
    return this.chart.locator(`svg .recharts-line-curve[name="${name}"], svg .recharts-line-dot[name="${name}"]`).filter({ visible: true });
  }

  /** How far down the chart a line ends (the middle of its last drawn mark, in pixels): lower means less likely. */
  async heightOf(name: string): Promise<number> {
    const box = await this.visibleLine(name).last().boundingBox();
    if (box === null) throw new Error(`the line “${name}” is not drawn`);
    return box.y + box.height / 2;
  }

  indicator(description: string): Locator {
    return this.indicatorBoard.getByTestId("indicator").filter({ hasText: description });
  }

  async openIndicatorForm(): Promise<void> {
    if (await this.indicatorForm.isVisible()) return;
    await this.page.locator("summary", { hasText: "Add an indicator" }).click();
    await expect(this.indicatorForm).toBeVisible();
  }

  /** Fills "Add an indicator" and submits it; the caller checks the outcome. */
  async submitIndicator(input: IndicatorInput): Promise<void> {
    await this.openIndicatorForm();
    await this.indicatorForm.getByLabel("Indicator", { exact: true }).fill(input.description);
    await this.indicatorForm.getByLabel("Scenario it bears on").selectOption({ label: input.scenario });
    await this.indicatorForm.getByLabel("Direction").selectOption({ label: input.direction === "For" ? "For: makes that scenario more likely" : "Against: makes it less likely" });
    await this.indicatorForm.getByLabel("Diagnosticity (likelihood ratio)").selectOption({ label: `${input.strength} (×${{ Weak: 1.5, Moderate: 3, Strong: 10 }[input.strength]})` });
    await this.indicatorForm.getByLabel("Expected by (optional)").fill(input.expectedBy ?? "");
    await this.indicatorForm.getByRole("button", { name: "Add indicator" }).click();
  }

  async addIndicator(input: IndicatorInput): Promise<void> {
    await this.submitIndicator(input);
    await expect(this.indicatorOutcome).toHaveText(`Indicator added: “${input.description}”.`);
  }

  async openEventForm(): Promise<void> {
    await this.page.locator("summary", { hasText: "Attach an event" }).click();
    await this.eventForm.getByRole("radio", { name: "A new event" }).check();
  }

  indicatorCheckbox(description: string): Locator {
    return this.eventForm.getByRole("checkbox", { name: new RegExp(escapeRegExp(description)) });
  }

  /** Picks an event already recorded, by its title (the options read "7 Nov 2021 — title"). */
  async chooseExistingEvent(title: string): Promise<void> {
    await this.eventForm.getByRole("radio", { name: "An event already recorded" }).check();
    const option = this.eventForm.getByRole("option").filter({ hasText: ` — ${title}` });
    await this.eventForm.getByLabel("Event", { exact: true }).selectOption((await option.getAttribute("value"))!);
  }

  /** Fills the "a new event" side of the form and submits it; the caller checks the outcome. */
  async submitNewEvent(input: NewEventInput): Promise<void> {
    await this.eventFields.fill(input);
    for (const description of input.indicators) await this.indicatorCheckbox(description).check();
    await this.eventForm.getByRole("button", { name: "Attach event" }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
