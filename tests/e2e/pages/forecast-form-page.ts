import { expect, type Locator, type Page } from "@playwright/test";

export interface ScenarioInput {
  label: string;
  probability: string;
}

export interface ForecastInput {
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesOn: string;
  /** The first is the baseline, as the form proposes. */
  scenarios: ScenarioInput[];
  rationale?: string;
}

/** /forecasts/new: a judgment as a question with scenarios, probabilities and a horizon. */
export class ForecastFormPage {
  readonly form: Locator;
  readonly title: Locator;
  readonly statement: Locator;
  readonly resolutionCriteria: Locator;
  readonly closesOn: Locator;
  readonly tags: Locator;
  readonly team: Locator;
  readonly rationale: Locator;
  readonly total: Locator;
  readonly addAlternative: Locator;
  readonly yesNo: Locator;
  readonly fillTheRest: Locator;
  readonly normalise: Locator;
  /** The box at the top that says how many fields need attention. */
  readonly errorSummary: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "New forecast" });
    this.title = this.form.getByLabel("Title", { exact: true });
    this.statement = this.form.getByLabel("Statement", { exact: true });
    this.resolutionCriteria = this.form.getByLabel("Resolution criteria", { exact: true });
    this.closesOn = this.form.getByLabel("Horizon", { exact: true });
    this.tags = this.form.getByLabel("Tags", { exact: true });
    this.team = this.form.getByLabel("Team", { exact: true });
    this.rationale = this.form.getByLabel("Rationale (optional)");
    this.total = this.form.getByTestId("probability-total");
    this.addAlternative = this.form.getByRole("button", { name: "Add an alternative" });
    this.yesNo = this.form.getByRole("button", { name: "Yes / no shape" });
    this.fillTheRest = this.form.getByRole("button", { name: /^Fill the rest/ });
    this.normalise = this.form.getByRole("button", { name: /^Normalise to 100%/ });
    this.errorSummary = this.form.getByTestId("error-summary");
    this.submit = this.form.getByRole("button", { name: "Create forecast" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/forecasts/new");
    await expect(this.page).toHaveTitle("New forecast · Signpost");
  }

  scenario(n: number): Locator {
    return this.form.getByLabel(`Scenario ${n}`, { exact: true });
  }

  probability(n: number): Locator {
    return this.form.getByLabel(`Scenario ${n} probability`, { exact: true });
  }

  baseline(n: number): Locator {
    return this.form.getByRole("radio", { name: `Scenario ${n}: Baseline (main assessment)` });
  }

  async fill(input: ForecastInput): Promise<void> {
    await this.title.fill(input.title);
    await this.statement.fill(input.statement);
    await this.resolutionCriteria.fill(input.resolutionCriteria);
    await this.closesOn.fill(input.closesOn);
    for (const [index, scenario] of input.scenarios.entries()) {
      if (index >= 2) await this.addAlternative.click();
      await this.scenario(index + 1).fill(scenario.label);
      await this.probability(index + 1).fill(scenario.probability);
    }
    if (input.rationale) await this.rationale.fill(input.rationale);
  }

  /** Submits and waits for the new forecast's page. */
  async create(): Promise<string> {
    await this.submit.click();
    await this.page.waitForURL(/\/forecasts\/(?!new)[^/?#]+$/);
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
