import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { dayFromToday, expect, test, unique } from "./fixtures";
import { ForecastFormPage } from "./pages/forecast-form-page";
import { ForecastPage } from "./pages/forecast-page";
import { ReportFormPage } from "./pages/report-form-page";
import { ReportPage } from "./pages/report-page";

// ../shared/example-report.txt, beside the repository.
const EXAMPLE_REPORT = path.resolve(__dirname, "../../../shared/example-report.txt");
const KEY_TAKEAWAY = "Iran likely ordered its Iraqi proxies to sustain low-level, harassing attacks on US forces in Iraq until after the October 2021 parliamentary elections";
const SYRIA = "Proxies may continue larger-scale attacks on US forces in Syria before October";

test("a pasted report lists its key judgments, two of which become tracked forecasts", async ({ asAdmin: page }) => {
  test.skip(!fs.existsSync(EXAMPLE_REPORT), "../shared is absent");
  const title = `The Iranian Proxy Response, pasted (${unique()})`;
  const reportForm = new ReportFormPage(page);
  const report = new ReportPage(page);

  await test.step("the report is saved and its judgments listed", async () => {
    await reportForm.goto();
    await reportForm.fill({ title, publishedOn: "2021-08-10", body: fs.readFileSync(EXAMPLE_REPORT, "utf8") });
    await reportForm.submit.click();
    await page.waitForURL(/\/reports\/(?!new)[^/?#]+$/);
    await expect(report.heading).toHaveText(title);
    await expect(page.getByText("published 10 Aug 2021")).toBeVisible();
    expect(await report.judgments.count()).toBeGreaterThanOrEqual(10);
  });

  await test.step("probabilities, vague words and horizons are shown", async () => {
    const takeaway = report.judgment(KEY_TAKEAWAY);
    await expect(takeaway).toHaveCount(1);
    await expect(takeaway).toContainText("“likely”");
    await expect(takeaway).toContainText("Implies 67.5% (likely)");
    await expect(takeaway).toContainText("Horizon: “until after the October 2021 parliamentary elections” → 31 Oct 2021");
    await expect(takeaway).toContainText("Horizon: “toward the end of 2021” → 31 Dec 2021");

    const syria = report.judgment(SYRIA);
    await expect(syria).toContainText("“may”");
    await expect(syria).toContainText("Vague — needs a number");
    await expect(syria).not.toContainText("Implies");
    await expect(report.judgments.filter({ hasText: "Vague — needs a number" }).first()).toBeVisible();
    expect(await report.judgments.filter({ hasText: "Implies 67.5% (likely)" }).count()).toBeGreaterThanOrEqual(5);
  });

  const reportUrl = page.url();
  const form = new ForecastFormPage(page);
  const forecast = new ForecastPage(page);
  const titles: string[] = [];

  await test.step("the key takeaway becomes a forecast, pre-filled from the report", async () => {
    await report.makeForecast(KEY_TAKEAWAY);
    await expect(form.form.getByText(`From the report ${title}.`)).toBeVisible();
    await expect(form.statement).toHaveValue(new RegExp(`^${KEY_TAKEAWAY}`));
    await expect(form.probability(1)).toHaveValue("67.5");
    await expect(form.probability(2)).toHaveValue("32.5");
    // The later of its two horizons; already past, so a horizon still open today replaces it.
    await expect(form.closesOn).toHaveValue("2021-12-31");
    await form.closesOn.fill(dayFromToday(200));
    await form.resolutionCriteria.fill("Yes if the proxies kept to harassing attacks until the elections and returned to lethal attacks by 31 December.");
    titles.push(await form.title.inputValue());
    await form.create();
    await expect(forecast.heading).toHaveText(titles[0]);
    await expect(page.getByRole("link", { name: "from a report" })).toBeVisible();
    await expect(forecast.authorStanding("Yes")).toHaveText("67.5% (likely)");
  });

  await test.step("a vague judgment becomes a forecast once it has numbers", async () => {
    await page.goto(reportUrl);
    await report.makeForecast(SYRIA);
    await expect(form.statement).toHaveValue(new RegExp(`^${SYRIA}`));
    await expect(form.statement).toHaveAccessibleDescription(/Vague wording: “may”/);
    await expect(form.probability(1)).toHaveValue("");
    await expect(form.closesOn).toHaveValue("2021-09-30");
    await form.closesOn.fill(dayFromToday(200));
    await form.resolutionCriteria.fill("Yes if US officials report a militia rocket or drone attack on US forces in Syria before the horizon.");
    await form.probability(1).fill("60");
    await form.probability(2).fill("40");
    titles.push(await form.title.inputValue());
    await form.create();
    await expect(forecast.heading).toHaveText(titles[1]);
  });

  await test.step("the report page tracks both forecasts", async () => {
    await page.goto(reportUrl);
    await expect(report.tracked).toHaveCount(2);
    for (const t of titles) await expect(report.tracked.getByRole("link", { name: t, exact: true })).toBeVisible();
    await expect(page.getByTestId("report-summary")).toContainText("2 tracked as forecasts");
    await expect(report.judgment(KEY_TAKEAWAY).getByRole("link", { name: "Make a forecast (another)" })).toBeVisible();
  });
});

test("a report without text shows a field error and stores nothing", async ({ asAdmin: page }) => {
  const title = `An empty report (${unique()})`;
  await page.goto("/reports");
  const reports = page.getByRole("list", { name: "Reports" }).getByRole("listitem");
  const before = await reports.count();

  const form = new ReportFormPage(page);
  await form.goto();
  await form.fill({ title, publishedOn: "2021-08-10", body: "" });
  await form.submit.click();
  await expect(form.body).toHaveAttribute("aria-invalid", "true");
  await expect(form.body).toHaveAccessibleDescription(/the text is empty: paste the report's text/);
  await expect(page).toHaveURL(/\/reports\/new$/);

  // Re-read: the reports list has as many entries as before, none with this title.
  await page.goto("/reports");
  await expect(reports).toHaveCount(before);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

// A stated number, a stated range, and a sentence holding two judgments.
const STATED = "We judge it 70% likely that Iran's proxies strike US bases in Erbil by summer 2022.";
const RANGE = "There is a 30-40% chance that the ceasefire holds through Q3 2022.";
const TWO = "Iran's proxies will likely sustain low-level attacks until after the October elections, but they may expand attacks toward the end of the year.";
const FIRST_CLAUSE = "Iran's proxies will likely sustain low-level attacks until after the October elections";

test("stated numbers and ranges win over words, two judgments in a sentence are listed apart, titles are short clauses", async ({ asAdmin: page }) => {
  const reportForm = new ReportFormPage(page);
  const report = new ReportPage(page);
  const form = new ForecastFormPage(page);

  await reportForm.goto();
  await reportForm.fill({ title: `Stated numbers (${unique()})`, publishedOn: "2021-08-10", body: [STATED, RANGE, TWO].join(" ") });
  await reportForm.submit.click();
  await page.waitForURL(/\/reports\/(?!new)[^/?#]+$/);
  const reportUrl = page.url();

  await test.step("70% likely is 70, and a range is shown as a range", async () => {
    await expect(page.getByTestId("report-summary")).toContainText("4 key judgments found · 0 tracked as forecasts");
    await expect(report.judgment(STATED)).toContainText("“70% likely”");
    await expect(report.judgment(STATED)).toContainText("States 70% (likely)");
    await expect(report.judgment(STATED)).not.toContainText("67.5");
    await expect(report.judgment(STATED)).toContainText("Horizon: “by summer 2022” → 31 Aug 2022");
    await expect(report.judgment(RANGE)).toContainText("States 30–40% (unlikely)");
    await expect(report.judgment(RANGE)).toContainText("Horizon: “through Q3 2022” → 30 Sept 2022");
  });

  await test.step("the sentence with two judgments is listed as two, each with its own reading", async () => {
    const first = report.judgment(FIRST_CLAUSE);
    await expect(first).toHaveCount(1);
    await expect(first).toContainText("Implies 67.5% (likely)");
    await expect(first).toContainText("Horizon: “until after the October elections” → 31 Oct 2021");
    const second = report.judgment("they may expand attacks toward the end of the year.");
    await expect(second).toContainText("Vague — needs a number");
    await expect(second).toContainText("Horizon: “toward the end of the year” → 31 Dec 2021");
    await expect(second).toContainText(`One of the judgments in: “${TWO}”`);
  });

  await test.step("the pre-filled forecast's title is the short clause, with the stated number", async () => {
    await report.makeForecast(FIRST_CLAUSE);
    await expect(form.title).toHaveValue("Iran's proxies sustain low-level attacks until after the October elections");
    await expect(form.statement).toHaveValue(`${FIRST_CLAUSE}.`);
    // The other clause's "may" belongs to the other judgment: no vague-wording warning here.
    await expect(form.statement).not.toHaveAccessibleDescription(/Vague wording/);
    await expect(form.probability(1)).toHaveValue("67.5");

    await page.goto(reportUrl);
    await report.makeForecast(STATED);
    await expect(form.title).toHaveValue("Iran's proxies strike US bases in Erbil by summer 2022");
    await expect(form.probability(1)).toHaveValue("70");
    await expect(form.probability(2)).toHaveValue("30");
    await expect(form.closesOn).toHaveValue("2022-08-31");

    await page.goto(reportUrl);
    await report.makeForecast(RANGE);
    await expect(form.title).toHaveValue("The ceasefire holds through Q3 2022");
    await expect(form.probability(1)).toHaveValue("35");
  });
});

test("one key judgment is counted in the singular", async ({ asAdmin: page }) => {
  const reportForm = new ReportFormPage(page);
  await reportForm.goto();
  await reportForm.fill({ title: `One judgment (${unique()})`, publishedOn: "2021-08-10", body: "The proxies will likely obey Ghaani's orders. Ghaani met Ameri." });
  await reportForm.submit.click();
  await page.waitForURL(/\/reports\/(?!new)[^/?#]+$/);
  await expect(page.getByTestId("report-summary")).toHaveText("1 key judgment found · 0 tracked as forecasts · 0 of 0 holding");
});

// Issue 17: a judgment carried by a verb, a word of the other scale, a stated range, and a
// forecast stated as certain.
const VERB = "We assess with moderate confidence that the strikes were retaliatory.";
const PHIA_WORD = "There is a realistic possibility of a ceasefire by 2027.";
const STATED_RANGE = "The likelihood of a default in the third quarter of 2026 is about 30-40%.";
const CERTAIN = "The regime will collapse.";

test("judgments that need a number, words of the other scale and forecasts stated as certain are shown apart", async ({ asAdmin: page }) => {
  const reportForm = new ReportFormPage(page);
  const report = new ReportPage(page);
  const form = new ForecastFormPage(page);

  await reportForm.goto();
  await reportForm.fill({ title: `Both scales (${unique()})`, publishedOn: "2025-06-01", body: [VERB, PHIA_WORD, STATED_RANGE, CERTAIN].join(" ") });
  await reportForm.submit.click();
  await page.waitForURL(/\/reports\/(?!new)[^/?#]+$/);
  const reportUrl = page.url();

  await test.step("the main list: a verb needs a number, PHIA's word shows its band and scale, a stated range its range", async () => {
    await expect(page.getByTestId("report-summary")).toContainText("3 key judgments found");
    await expect(report.judgments).toHaveCount(3);
    await expect(report.judgment(VERB)).toContainText("Needs a number — judged without a likelihood");
    await expect(report.judgment(VERB)).toContainText("“we assess with moderate confidence”");
    await expect(page.getByTestId("needs-number-count")).toHaveText("1 judgment needs a number: vague words, or a verb or confidence statement with no likelihood.");
    await expect(report.judgment(PHIA_WORD)).toContainText("Implies 45% (roughly even chance) · “realistic possibility” is a UK PHIA term: 40 to under 50%");
    await expect(report.judgment(PHIA_WORD)).toContainText("Horizon: “by 2027” → 31 Dec 2027");
    await expect(report.judgment(STATED_RANGE)).toContainText("States 30–40% (unlikely)");
    await expect(report.judgment(STATED_RANGE)).toContainText("Horizon: “in the third quarter of 2026” → 30 Sept 2026");
    await expect(report.judgments.filter({ hasText: CERTAIN })).toHaveCount(0);
  });

  await test.step("the forecast stated as certain waits, collapsed, in its own group; the keyboard opens it", async () => {
    const summary = report.unhedgedGroup.locator("summary");
    await expect(summary).toHaveText("Stated without a likelihood — put a number on it (1 forecast)");
    await expect(report.unhedged).toHaveCount(1);
    await expect(report.unhedged.first()).toBeHidden();
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(report.unhedged.first()).toBeVisible();
    await expect(report.unhedged.first()).toContainText(CERTAIN);
    await expect(report.unhedged.first()).toContainText("Stated as certain — put a number on it");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  await test.step("it becomes a forecast with no number filled in, and the verb judgment likewise", async () => {
    await report.unhedged.first().getByRole("link", { name: /^Make a forecast/ }).click();
    await expect(page).toHaveTitle("New forecast · Signpost");
    await expect(form.statement).toHaveValue(CERTAIN);
    await expect(form.probability(1)).toHaveValue("");

    await page.goto(reportUrl);
    await report.makeForecast(VERB);
    await expect(form.statement).toHaveValue(VERB);
    await expect(form.probability(1)).toHaveValue("");
  });
});
