import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ADMIN, expect, signedInAs, test, unique } from "./fixtures";
import { ForecastOutcome } from "./pages/forecast-outcome";
import { ForecastPage } from "./pages/forecast-page";
import { ReviewQueuePage } from "./pages/review-queue-page";
import { AnalystRecordPage, ScoresPage } from "./pages/scores-page";
import { addEvidence, makeForecast, predict, resolveThroughApi, waitUntilClosed } from "./support/forecast-api";

/** No serious or critical WCAG 2 A/AA violation on the page as it stands. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** Chromium logs a non-2xx document as a console error; these ones are the point of the test. */
function dropExpected(consoleErrors: string[], status: number): void {
  const kept = consoleErrors.filter((e) => !e.includes(`status of ${status}`));
  consoleErrors.splice(0, consoleErrors.length, ...kept);
}

const today = () => new Date().toISOString().slice(0, 10);
/** HH:MM:SS (UTC) of a moment, as the time field takes it. */
const timeOf = (ms: number) => new Date(ms).toISOString().slice(11, 19);
const SECOND = 1000;

test("a reviewer resolves a forecast from the queue and sees its scores; one who predicted on it is refused, with the reason", async ({ asReviewer: { page }, sessionOf, consoleErrors }) => {
  const eve = await sessionOf("Eve Analyst", ["analyst"]);
  const ria = await sessionOf("Ria Reviewer", ["analyst", "reviewer"]);
  const title = `Drone attack on Erbil airport (${unique()})`;

  const forecast = await test.step("Eve makes a forecast closing in a few seconds; Ria predicts on it; the horizon passes", async () => {
    const made = await makeForecast(eve.page, { title, closesAt: Date.now() + 10 * SECOND, yes: 70 });
    await addEvidence(eve.page, made, `Drones shot down near Erbil (${unique()})`);
    await predict(ria.page, made, 40);
    await waitUntilClosed(page, made);
    return made;
  });
  const eventTitle = (await (await page.request.get(`/api/v1/forecasts/${forecast.id}`)).json()).events[0].title as string;

  await test.step("Ria finds the resolve button refused, with the reason; the server refuses her too (409)", async () => {
    const queue = new ReviewQueuePage(ria.page);
    const form = queue.resolveForm(await queue.find(title));
    await expect(form.refusedButton).toBeDisabled();
    await expect(form.refusedButton).toHaveAccessibleDescription("You predicted on this forecast, so another reviewer must resolve it.");
    const refused = await resolveThroughApi(ria.page, forecast, "Yes", Date.now());
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe("conflict_of_interest");
    // Re-read: still awaiting resolution.
    expect((await (await ria.page.request.get(`/api/v1/forecasts/${forecast.id}`)).json()).status).toBe("closed");
  });

  const queue = new ReviewQueuePage(page);
  const item = await test.step("the reviewer finds it in the queue with its criteria, indicator and linked event", async () => {
    const found = await queue.find(title);
    await expect(found).toContainText("Yes if a credible outlet reports the attack before the horizon.");
    await expect(found.getByTestId("queue-indicator")).toContainText("Drones launched toward Erbil");
    await expect(found.getByTestId("queue-indicator")).toContainText(eventTitle);
    await expectAccessible(page);
    return found;
  });

  const form = queue.resolveForm(item);
  await test.step("sending the form empty says beside each field what it needs; nothing is stored", async () => {
    await form.open();
    await form.form.getByRole("button", { name: "Resolve…" }).click();
    await expect(form.form.getByText("Choose the scenario that occurred, or annul the forecast.")).toBeVisible();
    await expect(form.field("Date the outcome became known")).toHaveAccessibleDescription(/Give the date the outcome became known\./);
    await expect(form.field("Rationale")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  await test.step("the reviewer resolves it as Yes, citing the linked event, and is told who was scored", async () => {
    await form.fill({ outcome: "Yes", day: today(), time: timeOf(Date.now() - SECOND), rationale: "Several outlets reported the attack.", events: [eventTitle] });
    await form.submitAndConfirm();
    // It leaves the queue; what happened is said above the list.
    await expect(item).toHaveCount(0);
    await expect(queue.notices).toContainText(`“${title}” is resolved as “Yes”: 2 forecasters scored.`);
    await expect(queue.notices).toBeFocused();
  });

  await test.step("the forecast page shows the outcome and each forecaster's scores, in words", async () => {
    await queue.notices.getByRole("link", { name: /See the outcome and the scores/ }).click();
    const outcome = new ForecastOutcome(page);
    await expect(outcome.outcome).toContainText("“Yes” occurred (the baseline).");
    await expect(outcome.outcome).toContainText("Several outlets reported the attack.");
    await expect(outcome.outcome.getByRole("list", { name: "Events cited" })).toContainText(eventTitle);
    // Eve 70/30 on Yes: ½((0.7−1)² + 0.3²) = 0.09, ln 0.7 = −0.357. Ria 40/60: ½(0.6² + 0.6²) = 0.36, ln 0.4 = −0.916.
    // One day, two forecasters: the median is (0.09 + 0.36)/2 = 0.225, so Eve −0.135 and Ria +0.135.
    await expect(outcome.score(eve.person.name, "finalBrier")).toHaveText("0.090");
    await expect(outcome.score(eve.person.name, "timeAveragedBrier")).toHaveText("0.090");
    await expect(outcome.score(eve.person.name, "relativeBrier")).toHaveText("\u22120.135 better than the crowd");
    await expect(outcome.score(eve.person.name, "finalLogScore")).toHaveText("\u22120.357");
    await expect(outcome.score(ria.person.name, "finalBrier")).toHaveText("0.360");
    await expect(outcome.score(ria.person.name, "relativeBrier")).toHaveText("0.135 worse than the crowd");
    await expect(outcome.scores.getByRole("columnheader", { name: /Final Brier/ })).toContainText("lower is better");
    await expect(outcome.finalPredictions).toHaveCount(2);
    await expect(outcome.scoredWindow).toHaveCount(1);
    await expect(outcome.scoredWindowLegend).toHaveText("Scored window (predictions made in it count)");
    await expectAccessible(page);
  });

  dropExpected(consoleErrors, 409);
});

test("resolved early from the forecast page: a prediction after the outcome was known is late, not scored; an admin reopens it", async ({ asReviewer: { page }, sessionOf, browser }) => {
  const eve = await sessionOf("Eve Analyst", ["analyst"]);
  const bob = await sessionOf("Bob Analyst", ["analyst"]);
  const forecast = await makeForecast(eve.page, { title: `Early resolution (${unique()})`, closesAt: Date.now() + 30 * 86_400_000, yes: 80 });
  // The outcome becomes known a moment after Eve's prediction; Bob predicts after that.
  const knownAt = Math.floor(forecast.createdAt / SECOND) * SECOND + SECOND;
  await page.waitForTimeout(Math.max(0, knownAt + SECOND - Date.now()));
  await predict(bob.page, forecast, 10);

  const forecastPage = new ForecastPage(page);
  const outcome = new ForecastOutcome(page);
  await test.step("the reviewer resolves it from its page, before its horizon", async () => {
    await forecastPage.goto(forecast.id);
    await outcome.resolveForm.fill({ outcome: "Yes", day: new Date(knownAt).toISOString().slice(0, 10), time: timeOf(knownAt), rationale: "Announced early." });
    await outcome.resolveForm.submitAndConfirm();
    await expect(outcome.outcome).toContainText("“Yes” occurred");
  });

  await test.step("Bob's prediction is marked late and he is not scored; Eve is", async () => {
    await expect(outcome.latePredictions).toHaveCount(1);
    await expect(outcome.latePredictions).toContainText(bob.person.name);
    await expect(outcome.scores.getByRole("rowheader")).toHaveText([eve.person.name]);
    // Eve 80/20 on Yes: ½(0.2² + 0.2²) = 0.04.
    await expect(outcome.score(eve.person.name, "finalBrier")).toHaveText("0.040");
  });

  await test.step("an admin reopens it with a reason, after confirming; it is open again", async () => {
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signedInAs(admin, ADMIN);
    const adminView = new ForecastOutcome(admin);
    await admin.goto(`/forecasts/${forecast.id}`);
    await admin.locator("summary", { hasText: "Reopen (admin)" }).click();
    await adminView.reopenForm.getByRole("button", { name: "Reopen…" }).click();
    await expect(adminView.reopenForm.getByLabel("Why the resolution is wrong")).toHaveAccessibleDescription(/Why the resolution is wrong is required\./);
    await adminView.reopenForm.getByLabel("Why the resolution is wrong").fill("The announcement was withdrawn.");
    await adminView.reopenForm.getByRole("button", { name: "Reopen…" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Reopen it" }).click();
    await expect(adminView.outcome).toHaveCount(0);
    await expect(admin.getByTestId("forecast-status")).toHaveText("Open");
    await adminContext.close();
  });
});

test("a reviewer annuls a forecast with a reason: it shows as annulled, and no one is scored", async ({ asReviewer: { page }, sessionOf }) => {
  const eve = await sessionOf("Eve Analyst", ["analyst"]);
  const forecast = await makeForecast(eve.page, { title: `A question that became moot (${unique()})`, closesAt: Date.now() + 30 * 86_400_000, yes: 55 });
  // The first whole second after the forecast was made (the time field takes seconds), once it has passed.
  const knownAt = Math.ceil(forecast.createdAt / SECOND) * SECOND;
  await page.waitForTimeout(Math.max(0, knownAt + 100 - Date.now()));
  const outcome = new ForecastOutcome(page);
  await new ForecastPage(page).goto(forecast.id);
  await outcome.resolveForm.fill({ outcome: "Annul", day: new Date(knownAt).toISOString().slice(0, 10), time: timeOf(knownAt), rationale: "The airport closed for good; the question is moot." });
  await outcome.resolveForm.form.getByRole("button", { name: "Annul…" }).click();
  await expect(page.getByRole("dialog")).toContainText("No one is scored on an annulled forecast.");
  await page.getByRole("dialog").getByRole("button", { name: "Annul it" }).click();
  await expect(outcome.outcome).toContainText("Annulled: the question became moot or ambiguous.");
  await expect(outcome.outcome).toContainText("The airport closed for good; the question is moot.");
  await expect(page.getByTestId("forecast-status")).toHaveText("Annulled");
  await expect(outcome.scores).toHaveCount(0);
  // Re-read through the API: annulled, with no scores.
  const stored = await (await page.request.get(`/api/v1/forecasts/${forecast.id}`)).json();
  expect(stored).toMatchObject({ status: "annulled", scores: [] });
});

test("the scores page lists the analysts and sorts by any column; an analyst sees only their own and is refused another's (403)", async ({ asReviewer: { page }, sessionOf, consoleErrors }) => {
  const tag = `scored-${unique()}`;
  const ann = await sessionOf("Ann Analyst", ["analyst"]);
  const zed = await sessionOf("Zed Analyst", ["analyst"]);
  const forecast = await makeForecast(ann.page, { title: `Scored for the scores page (${unique()})`, closesAt: Date.now() + 30 * 86_400_000, yes: 90, tags: [tag] });
  await predict(zed.page, forecast, 30);
  expect((await resolveThroughApi(page, forecast, "Yes", Date.now())).status()).toBe(201);

  const scores = new ScoresPage(page);
  await test.step("filtered by the forecast's tag, the two analysts by name; the filter stays in the URL", async () => {
    await scores.goto();
    await scores.filters.getByLabel("Tag").fill(tag);
    await scores.filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
    expect(await scores.names()).toEqual([ann.person.name, zed.person.name]);
    // Ann 90/10 on Yes: ½(0.1² + 0.1²) = 0.01; Zed 30/70: ½(0.7² + 0.7²) = 0.49.
    await expect(scores.mean(ann.person.name, "meanFinalBrier")).toHaveText("0.010");
    await expect(scores.mean(zed.person.name, "meanFinalBrier")).toHaveText("0.490");
    await expectAccessible(page);
  });

  await test.step("sorting by a column, from the keyboard: highest log score first, then turned around", async () => {
    await scores.columnLink("Mean final log score").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=meanFinalLogScore&dir=desc/);
    await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
    await expect(scores.columnHeader("Mean final log score")).toHaveAttribute("aria-sort", "descending");
    expect(await scores.names()).toEqual([ann.person.name, zed.person.name]);
    await scores.columnLink("Mean final log score").click();
    await expect(scores.columnHeader("Mean final log score")).toHaveAttribute("aria-sort", "ascending");
    expect(await scores.names()).toEqual([zed.person.name, ann.person.name]);
  });

  await test.step("an analyst's record, forecast by forecast, linking to the forecast", async () => {
    await scores.rows.getByRole("link", { name: zed.person.name }).click();
    const record = new AnalystRecordPage(page);
    await expect(record.heading).toHaveText(`Scores of ${zed.person.name}`);
    await expect(record.row(forecast.title).locator('td[data-score="finalBrier"]')).toHaveText("0.490");
    await expect(record.row(forecast.title).locator('td[data-score="relativeBrier"]')).toHaveText("0.240 worse than the crowd");
    await expectAccessible(page);
  });

  await test.step("Ann sees only her own row; Zed's page answers 403", async () => {
    const annsScores = new ScoresPage(ann.page);
    await annsScores.goto(`?tag=${tag}`);
    expect(await annsScores.names()).toEqual([ann.person.name]);
    const zedsId = new URL(page.url()).pathname.split("/").pop();
    const refused = await ann.page.goto(`/scores/${zedsId}`);
    expect(refused?.status()).toBe(403);
    await expect(ann.page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    const ownRecord = await ann.page.goto(`/scores/${await ownId(ann.page)}`);
    expect(ownRecord?.status()).toBe(200);
  });
  dropExpected(consoleErrors, 403);
});

/** The signed-in person's id, from the link to their own record on the scores page. */
async function ownId(page: Page): Promise<string> {
  await page.goto("/scores");
  const href = await page.getByRole("link", { name: "Your record, forecast by forecast" }).getAttribute("href");
  return href!.split("/").pop()!.split("?")[0];
}

test.describe("on a 390 × 844 phone screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the queue, a forecast with scores and the scores pages are no wider than the screen", async ({ asReviewer: { page }, sessionOf }) => {
    const pia = await sessionOf("Pia Analyst", ["analyst"]);
    const forecast = await makeForecast(pia.page, { title: `Scored on a phone (${unique()})`, closesAt: Date.now() + 30 * 86_400_000, yes: 60 });
    expect((await resolveThroughApi(page, forecast, "No", Date.now())).status()).toBe(201);
    const piasRecord = await ownId(pia.page);
    for (const path of ["/review", `/forecasts/${forecast.id}`, "/scores", `/scores/${piasRecord}`]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      });
    }
  });
});
