import { expect, type Locator, type Page } from "@playwright/test";

export interface IndicatorInput {
  description: string;
  /** The option text of the scenario, e.g. "Holds (baseline)". */
  scenario: string;
  direction: "For" | "Against";
  strength: "Weak" | "Moderate" | "Strong";
}

export interface NewEventInput {
  title: string;
  occurredOn: string;
  sourceUrl: string;
  reliability: string;
  credibility: string;
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
  readonly eventForm: Locator;
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
    this.eventForm = page.getByRole("form", { name: "Attach an event" });
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

  async addIndicator(input: IndicatorInput): Promise<void> {
    await this.page.locator("summary", { hasText: "Add an indicator" }).click();
    await this.indicatorForm.getByLabel("Indicator", { exact: true }).fill(input.description);
    await this.indicatorForm.getByLabel("Scenario it bears on").selectOption({ label: input.scenario });
    await this.indicatorForm.getByLabel("Direction").selectOption({ label: input.direction === "For" ? "For: makes that scenario more likely" : "Against: makes it less likely" });
    await this.indicatorForm.getByLabel("Diagnosticity (likelihood ratio)").selectOption({ label: `${input.strength} (×${{ Weak: 1.5, Moderate: 3, Strong: 10 }[input.strength]})` });
    await this.indicatorForm.getByRole("button", { name: "Add indicator" }).click();
    await expect(this.indicatorForm.getByRole("status")).toHaveText("Indicator added.");
  }

  async openEventForm(): Promise<void> {
    await this.page.locator("summary", { hasText: "Attach an event" }).click();
    await this.eventForm.getByRole("radio", { name: "A new event" }).check();
  }

  /** Fills the "a new event" side of the form and submits it; the caller checks the outcome. */
  async submitNewEvent(input: NewEventInput): Promise<void> {
    await this.eventForm.getByLabel("Title", { exact: true }).fill(input.title);
    await this.eventForm.getByLabel("Occurred on").fill(input.occurredOn);
    await this.eventForm.getByLabel("Source URL (optional)").fill(input.sourceUrl);
    await this.eventForm.getByLabel("Source reliability").selectOption(input.reliability);
    await this.eventForm.getByLabel("Information credibility").selectOption(input.credibility);
    for (const description of input.indicators) await this.eventForm.getByRole("checkbox", { name: new RegExp(escapeRegExp(description)) }).check();
    await this.eventForm.getByRole("button", { name: "Attach event" }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
