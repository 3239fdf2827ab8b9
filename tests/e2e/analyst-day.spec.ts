import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect as baseExpect, test as base, type Page } from "@playwright/test";
import { expect, test, unique } from "./fixtures";
import { ForecastPage } from "./pages/forecast-page";
import { InboxPage } from "./pages/inbox-page";
import { SignInPage } from "./pages/sign-in-page";
import { makeForecast, predict } from "./support/forecast-api";
import { extraPort, startOwnServer, type OwnServer } from "./support/own-server";

const DAY = 86_400_000;

/** No serious or critical WCAG 2 A/AA violation, as a11y.spec.ts checks the other pages. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

test.describe("independent first forecasts", () => {
  test("an analyst sees no one's numbers on a forecast until their own first prediction, then sees them", async ({ asAnalyst, sessionOf }) => {
    const { page: authorPage } = await sessionOf("Ines Author", ["analyst"]);
    const forecast = await makeForecast(authorPage, { title: `Unanchored ${unique()}`, closesAt: Date.now() + 30 * DAY, yes: 73 });
    const { page } = asAnalyst;
    const forecastPage = new ForecastPage(page);

    await forecastPage.goto(forecast.id);
    // The question and the evidence are there; nobody's numbers are.
    await expect(page.getByText("a drone attack on Erbil airport is reported")).toBeVisible();
    await expect(page.getByTestId("hidden-until-you-predict").first()).toContainText("1 analyst predicted on this forecast");
    await expect(forecastPage.latest).toHaveCount(0);
    await expect(forecastPage.chart).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText("73%");

    await forecastPage.addPrediction({ "Yes (baseline)": "40", No: "60" }, "My own read, before seeing anyone's.");
    await page.reload();
    await expect(page.getByTestId("hidden-until-you-predict")).toHaveCount(0);
    await expect(forecastPage.authorStanding("Yes")).toContainText("73%");
    await expect(forecastPage.chart).toBeVisible();
  });
});

test.describe("versioned questions", () => {
  test("the author edits the criteria; another predictor finds it in their inbox, with the diff", async ({ asAnalyst, sessionOf }) => {
    const { page: authorPage } = await sessionOf("Ines Author", ["analyst"]);
    const forecast = await makeForecast(authorPage, { title: `Criteria drift ${unique()}`, closesAt: Date.now() + 30 * DAY, yes: 60 });
    const { page } = asAnalyst;
    await predict(page, forecast, 35);

    const authorsView = new ForecastPage(authorPage);
    await authorsView.goto(forecast.id);
    await authorPage.getByText("Edit the question").click();
    const form = authorPage.getByRole("form", { name: "Edit the question" });
    await form.getByLabel("Resolution criteria").fill("Yes if two credible outlets confirm the attack before the horizon.");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await expect(form.getByText("Reason for the change is required.")).toBeVisible();
    await form.getByLabel("Reason for the change").fill("One outlet is not enough.");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await expect(form.getByRole("status")).toContainText("Saved as version 2");

    await page.goto("/forecasts");
    await expect(page.getByTestId("inbox-count")).toBeVisible();
    const inbox = new InboxPage(page);
    await inbox.goto();
    const item = inbox.items.filter({ hasText: forecast.title }).filter({ hasText: "changed the resolution criteria" });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText("One outlet is not enough.");
    await item.getByRole("link").click();
    const diff = page.getByTestId("diff-resolutionCriteria");
    await expect(page.getByText("Yes if two credible outlets confirm the attack before the horizon.").first()).toBeVisible();
    await expect(diff.locator("ins", { hasText: "two" })).toBeVisible();
    await expect(diff.locator("ins", { hasText: "outlets confirm" })).toBeVisible();
    await expect(diff.locator("del", { hasText: "outlet reports" })).toBeVisible();

    // Read one by one: the item stays, marked read.
    await inbox.goto();
    await item.getByRole("button", { name: /^Mark read/ }).click();
    await expect(item).toHaveAttribute("data-read", "true");
    await expectAccessible(page);

    // Discussion: the comment stands beside its author's standing prediction, links kept as links.
    await page.goto(`/forecasts/${forecast.id}`);
    const discussion = page.getByRole("form", { name: "Add a comment" });
    await discussion.getByLabel("Add a comment").fill("Two outlets is the right bar: see https://example.org/erbil.");
    await discussion.getByRole("button", { name: "Post comment" }).click();
    const comment = page.getByTestId("comment").filter({ hasText: "Two outlets is the right bar" });
    await expect(comment.getByTestId("commenter-standing")).toContainText("35% (unlikely) on Yes");
    await expect(comment.getByRole("link", { name: "https://example.org/erbil" })).toHaveAttribute("href", "https://example.org/erbil");
    await expectAccessible(page);

    // The author hears of the comment in their inbox, and can mark everything read at once.
    const authorsInbox = new InboxPage(authorPage);
    await authorsInbox.goto();
    await expect(authorsInbox.items.filter({ hasText: "commented on" }).first()).toContainText("Two outlets is the right bar");
    await authorPage.getByRole("button", { name: "Mark all read" }).click();
    await expect(authorsInbox.unread).toHaveText("Everything is read.");
  });
});

test.describe("the forecast list", () => {
  test("a one-line quick entry, keyboard only, makes a yes/no forecast; the list shows its numbers at a glance", async ({ asAnalyst }) => {
    const { page } = asAnalyst;
    await page.goto("/forecasts");
    const quick = page.getByRole("textbox", { name: "Quick forecast" });
    await quick.focus();
    await page.keyboard.type("Will it rain on the parade? maybe");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Quick forecast" }).getByRole("alert")).toContainText("no agreed probability");

    const id = unique();
    const question = `Iran's proxies attack US forces in Syria before 1 March 2027 ${id}?`;
    await quick.fill("");
    await quick.focus();
    await page.keyboard.type(`${question} 70%`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/forecasts\/[\w-]+$/);
    const forecastPage = new ForecastPage(page);
    await expect(forecastPage.heading).toContainText("Iran's proxies attack US forces in Syria");
    await expect(forecastPage.authorStanding("Yes")).toContainText("70%");
    await expect(page.getByRole("definition").filter({ hasText: "Resolves Yes if this happens by the horizon" })).toBeVisible();

    await page.goto("/forecasts");
    const row = page.getByRole("list", { name: "Forecasts" }).getByRole("listitem").filter({ hasText: id });
    const glance = row.getByTestId("glance");
    await expect(glance).toContainText("author 70% (likely)");
    await expect(glance).toContainText("team median 70% (likely)");
    await expect(glance).toContainText(/closes in \d+ days/);
    await expect(row.getByRole("img", { name: /team median over the last 90 days/ })).toBeVisible();

    await page.goto("/forecasts?sort=changed");
    await expect(page.getByRole("list", { name: "Forecasts" }).getByRole("listitem").filter({ hasText: id })).toHaveCount(1);
  });
});

/**
 * Escalation depends on the passing of days, so this runs on a server of its own whose clock the
 * test moves forward (SIGNPOST_TEST_CLOCK_FILE, which only whoever starts the server can set).
 */
base.describe("escalation of overdue resolutions", () => {
  let server: OwnServer;
  let clockFile: string;
  const password = "escalation-pass-1";
  const manager = { email: `mia-${unique()}@e2e.example`, name: "Mia Manager" };
  const author = { email: `ana-${unique()}@e2e.example`, name: "Ana Author" };

  base.beforeAll(async () => {
    base.setTimeout(180_000);
    clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "signpost-clock-")), "offset");
    fs.writeFileSync(clockFile, "0");
    server = await startOwnServer(extraPort(6), { SIGNPOST_TEST_CLOCK_FILE: clockFile });
    server.cli("user:create", "--email", manager.email, "--name", manager.name, "--role", "manager", "--password", password);
    server.cli("user:create", "--email", author.email, "--name", author.name, "--role", "analyst", "--password", password);
  });

  base.afterAll(async () => {
    await server?.stop();
  });

  const moveClock = (days: number) => fs.writeFileSync(clockFile, String(days * DAY));

  async function signIn(page: Page, email: string): Promise<string> {
    const origin = `http://127.0.0.1:${server.port}`;
    await page.goto(`${origin}/sign-in`);
    await new SignInPage(page).signIn({ email, password });
    await baseExpect(page).toHaveURL(`${origin}/forecasts`);
    return origin;
  }

  base("an overdue resolution reaches the managers' inbox only after the escalation delay", async ({ browser }) => {
    const authorContext = await browser.newContext();
    const authorPage = await authorContext.newPage();
    const origin = await signIn(authorPage, author.email);
    const response = await authorPage.request.post(`${origin}/api/v1/forecasts`, {
      data: {
        title: "Overdue for a verdict",
        statement: "The militias claim an attack before the horizon.",
        resolutionCriteria: "Yes if a claim is published.",
        closesAt: new Date(Date.now() + DAY).toISOString(),
        scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
        probabilities: [55, 45],
      },
    });
    baseExpect(response.status()).toBe(201);
    await authorContext.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, manager.email);

    moveClock(7); // past the horizon by six days: due, not yet escalated
    await page.goto(`${origin}/inbox`);
    await baseExpect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
    await baseExpect(page.getByTestId("inbox-item").filter({ hasText: "Overdue for a verdict" })).toHaveCount(0);

    moveClock(9); // eight days past the horizon: escalated
    await page.reload();
    const escalated = page.getByTestId("inbox-item").filter({ hasText: "Overdue for a verdict" });
    await baseExpect(escalated).toHaveAttribute("data-kind", "escalated");
    await baseExpect(escalated).toContainText("awaited resolution for more than 7 days");
    await baseExpect(page.getByTestId("inbox-count")).toHaveText(/1/);
    await page.goto(`${origin}/forecasts`);
    await baseExpect(page.getByTestId("what-needs-me")).toContainText("Escalated");
    baseExpect(errors).toEqual([]);
    await context.close();
  });
});
