import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, unique } from "./fixtures";
import { CalibrationPage } from "./pages/calibration-page";

const DAY = 86_400_000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * A resolved history of 30 yes/no forecasts, two analysts each: Ana (a confident one) and Ben
 * (a timid one), imported by the admin in one file, tagged with this run's tag.
 */
function history(run: string) {
  const ana = `cal-ana-${run}@e2e.example`;
  const ben = `cal-ben-${run}@e2e.example`;
  const forecasts = Array.from({ length: 30 }, (_, i) => {
    const yes = i % 3 !== 0; // two in three happen
    const anaSays = yes ? [85, 70, 92][i % 3] : 15 + (i % 4) * 10;
    const benSays = 45 + (i % 5) * 3;
    return {
      title: `Calibration history ${run} #${i + 1}`,
      statement: "An imported question for the calibration dashboard.",
      resolutionCriteria: "Reported by two outlets.",
      closesAt: iso(40 + i),
      createdAt: iso(200 + i),
      author: ana,
      tags: [`calib-${run}`],
      scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
      predictions: [
        { analyst: ana, createdAt: iso(200 + i), probabilities: [anaSays, 100 - anaSays] },
        { analyst: ben, createdAt: iso(150 + i), probabilities: [benSays, 100 - benSays] },
      ],
      resolution: { outcome: yes ? 0 : 1, outcomeKnownAt: iso(40 + i) },
    };
  });
  return { file: { forecasts }, anaName: `cal-ana-${run}` };
}

test("a manager reads the team's calibration: bands in words, an analyst's own, a bin's statements, the CSV", async ({ asAdmin, sessionOf, baseURL }) => {
  const run = unique();
  const { file, anaName } = history(run);
  const imported = await asAdmin.request.post("/api/v1/import", { data: file, headers: { origin: baseURL! } });
  expect(imported.status(), await imported.text()).toBe(201);

  const { page } = await sessionOf("Max Manager", ["manager"]);
  const calibration = new CalibrationPage(page);

  await test.step("the dashboard on the resolved history: headline, diagram, figures, 120 statements", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calibration" }).click();
    await expect(calibration.heading).toHaveText("Calibration");
    await calibration.goto(`?tag=calib-${run}`);
    await expect(calibration.headline).toContainText(/^When we said .+, it happened \d+% of the time \(n = \d+\)\.$/);
    await expect(calibration.chart.locator("circle[data-n]").first()).toBeVisible();
    await expect(page.getByTestId("calibration-figures")).toContainText("over 120 statements");
    await expect(page.getByTestId("confidence-sentence")).toContainText(/When we leaned one way we were right/);
    await expectNoSeriousViolations(page);
    // Tab never stops inside the chart's SVG layers.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("svg") === null)).toBe(true);
    }
  });

  await test.step("switching to estimative words: the table speaks ICD 203's bands", async () => {
    await calibration.chooseBins(true);
    await expect(page).toHaveURL(/bins=icd203/);
    await expect(calibration.binRows.getByRole("rowheader")).toHaveText(["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"]);
    await expect(calibration.headline).toContainText(/^When we said (almost no chance|very unlikely|unlikely|roughly even chance|likely|very likely|almost certain), it happened/);
  });

  const everyone = await calibration.counts();
  await test.step("filtering by one analyst changes the chart and table: Ana's 60 statements only", async () => {
    await calibration.filterByAnalyst(anaName);
    await expect(page).toHaveURL(/analystId=/);
    await expect(page).toHaveURL(/bins=icd203/);
    await expect(page.getByTestId("calibration-figures")).toContainText("over 60 statements");
    expect(await calibration.counts()).not.toEqual(everyone);
    await expectNoSeriousViolations(page);
  });

  await test.step("a bin's statements: forecast, analyst, what was said, what happened", async () => {
    await calibration.binTable.getByRole("link", { name: /in very likely$/ }).click();
    await expect(calibration.statements).toBeVisible();
    await expect(calibration.statements.getByRole("heading")).toHaveText("Statements in “very likely”");
    const rows = calibration.statements.locator("tbody > tr");
    await expect(rows.first()).toContainText(anaName);
    await expect(rows.first()).toContainText(/8\d(\.\d)?% \(very likely\)|9[0-5](\.\d)?% \(very likely\)/);
    await expect(rows.first()).toContainText(/happened|did not happen/);
    await expectNoSeriousViolations(page);
  });

  await test.step("the bins as CSV, and a screenshot for the record", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the groups as CSV" }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8").trim().split("\r\n");
    expect(csv[0]).toBe("bin,label,lower,upper,n,meanForecast,observedFrequency,wilsonLow,wilsonHigh");
    expect(csv).toHaveLength(8);
    expect(csv.slice(1).reduce((sum, line) => sum + Number(line.split(",")[4]), 0)).toBe(60);
    const shot = test.info().outputPath("calibration-dashboard.png");
    await page.screenshot({ path: shot, fullPage: true });
    await test.info().attach("calibration dashboard", { path: shot, contentType: "image/png" });
  });
});

test("an analyst sees only their own calibration: another analyst's is a 403, on the page and in the drill-down", async ({ asAnalyst, sessionOf, consoleErrors }) => {
  const { page } = asAnalyst;
  const other = await sessionOf("Oli Analyst", ["analyst"]);
  const calibration = new CalibrationPage(page);
  await calibration.goto();
  await expect(page.getByText("Your own calibration")).toBeVisible();
  await expect(calibration.filters.getByLabel("Analyst")).toHaveCount(0);
  const otherId = await other.page.evaluate(async () => (await (await fetch("/api/auth/get-session")).json()).user.id as string);
  const refused = await page.goto(`/calibration?analystId=${otherId}`);
  expect(refused?.status()).toBe(403);
  expect((await page.goto(`/calibration?bin=2&analystId=${otherId}`))?.status()).toBe(403);
  expect((await page.request.get(`/api/v1/calibration/statements?bin=2&analystId=${otherId}`)).status()).toBe(403);
  // Chromium logs each 403 page as a console error; those refusals are the point of this test.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes("status of 403")));
});

const forecastBench = path.resolve(process.cwd(), "../shared/data/forecastbench/forecastbench-2024-07-21-superforecasters.json");

test("on ForecastBench's real record: the team median overlaid with its figures, the confidence panel says the record has none", async ({ asAdmin, sessionOf, baseURL }) => {
  test.skip(!fs.existsSync(forecastBench), `${forecastBench} is absent (the data lives in ../shared, never in the project)`);
  test.setTimeout(120_000);
  const imported = await asAdmin.request.post("/api/v1/import", { data: fs.readFileSync(forecastBench, "utf8"), headers: { origin: baseURL!, "content-type": "application/json" } });
  expect(imported.status()).toBe(201);
  const { page } = await sessionOf("Mo Manager", ["manager"]);
  const calibration = new CalibrationPage(page);
  await calibration.goto("?tag=forecastbench");
  await expect(page.getByTestId("calibration-figures")).toContainText(/over [\d,]+ statements/);
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "overlay everyone's median" }).click();
  await expect(page).toHaveURL(/overlay=aggregate/);
  const figures = page.getByTestId("calibration-figures");
  await expect(figures.getByRole("heading", { name: "Team median (everyone)" })).toBeVisible();
  await expect(figures).toContainText("over 942 statements"); // 471 questions × 2 scenarios
  await expect(figures.getByText(/^AUC 0\.\d{3}$/)).toHaveCount(2);
  await expect(page.getByTestId("confidence-panel")).toHaveCount(0);
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "show the confidence panel" }).click();
  await expect(page).toHaveURL(/panel=confidence/);
  await expect(page).toHaveURL(/overlay=aggregate/);
  await expect(page.getByTestId("confidence-verdict")).toHaveText(/None of these forecasts carries an analytic confidence/);
  await expect(page.getByTestId("confidence-panel").locator("tbody > tr")).toHaveCount(3);
  await expectNoSeriousViolations(page);
});

test("an analyst's scores and calibration never show another analyst's individual figures", async ({ asAdmin, sessionOf, baseURL }) => {
  const run = unique();
  const { file } = history(run);
  expect((await asAdmin.request.post("/api/v1/import", { data: file, headers: { origin: baseURL! } })).status()).toBe(201);
  const { page, person: analyst } = await sessionOf("Ivy Analyst", ["analyst"]);
  await page.goto(`/scores?tag=calib-${run}`);
  await expect(page.getByTestId("team-median")).toBeVisible();
  await expect(page.getByText(`cal-ana-${run}`)).toHaveCount(0);
  await expect(page.getByText(`cal-ben-${run}`)).toHaveCount(0);
  await page.goto(`/calibration?tag=calib-${run}&overlay=aggregate`);
  await expect(page.getByText("Calibration can't be judged yet")).toBeVisible();
  await expect(page.getByText(`cal-ana-${run}`)).toHaveCount(0);
  await page.goto(`/calibration?tag=calib-${run}&bin=8`);
  await expect(page.getByTestId("bin-statements")).toContainText("No statement of yours falls in this group.");
  expect(analyst.email).toContain("@e2e.example");
});

test("a resolved forecast's page shows the team median and how many analysts it beat; the switch picks everyone", async ({ asAdmin, baseURL }) => {
  const run = unique();
  const { file } = history(run);
  const imported = await asAdmin.request.post("/api/v1/import", { data: { forecasts: file.forecasts.slice(0, 1) }, headers: { origin: baseURL! } });
  const [id] = (await imported.json()).ids as string[];
  await asAdmin.goto(`/forecasts/${id}`);
  const panel = asAdmin.getByTestId("forecast-team-median");
  // #1 resolved No: Ana 15/85, Ben 45/55 → medians 30 and 70; Brier ½(0.3² + 0.3²) = 0.09 beats Ben (0.2025), not Ana (0.0225)
  await expect(panel.getByRole("heading")).toHaveText("Team median (everyone)");
  await expect(panel.locator("tbody > tr")).toHaveText(["Yes30.0% (unlikely)", "No70.0% (likely)"]);
  await expect(panel.getByTestId("team-median-ranking")).toHaveText("Scored like an analyst, the team median's final Brier is 0.090: it beat 1 of 2 analysts.");
  // The chart draws the median as its own bold line, named in the legend.
  const chart = asAdmin.getByTestId("timeline-chart");
  await expect(chart.getByRole("list", { name: "Legend" })).toContainText("Team median (everyone)");
  await expect(chart.locator('svg g.median-line path.recharts-line-curve[name="Team median (everyone)"], svg .recharts-line-dot[name="Team median (everyone)"]').first()).toBeAttached();
  await expect(chart.locator("svg g.median-line path.recharts-line-curve")).toHaveAttribute("stroke-width", "4");
  await panel.getByRole("button", { name: "Show" }).click();
  await expect(asAdmin).toHaveURL(/medianTeam=/);
  await expect(panel.getByRole("heading")).toHaveText("Team median (everyone)");
});
