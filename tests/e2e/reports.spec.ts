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
