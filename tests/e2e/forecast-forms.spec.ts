import AxeBuilder from "@axe-core/playwright";
import { dayFromToday, expect, test, unique } from "./fixtures";
import { ForecastFormPage, type ForecastInput } from "./pages/forecast-form-page";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";

const valid = (marker: string): ForecastInput => ({
  title: `Militias keep attacks low-level (${marker})`,
  statement: `Iran-aligned militias limit attacks on US forces to harassment (${marker}).`,
  resolutionCriteria: "Any lethal attack on US forces resolves it as No.",
  closesOn: dayFromToday(60),
  scenarios: [
    { label: "Low-level only", probability: "likely" },
    { label: "Lethal attacks", probability: "32.5" },
  ],
});

test("a bad tag is named beside Tags and in the summary, and nothing is stored until it is fixed", async ({ asAdmin: page }) => {
  const marker = `bad-tag-${unique()}`;
  const form = new ForecastFormPage(page);
  await form.goto();
  await form.fill(valid(marker));
  await form.tags.fill(`iraq, <b>bold</b>, ${"x".repeat(41)}`);
  await form.submit.click();

  await expect(form.errorSummary).toBeFocused();
  await expect(form.errorSummary).toContainText("1 field needs attention");
  await expect(form.errorSummary).toContainText("Tags: “<b>bold</b>” can't be a tag");
  await expect(form.tags).toHaveAttribute("aria-invalid", "true");
  await expect(form.tags).toHaveAccessibleDescription(/“<b>bold<\/b>” can't be a tag: use letters, digits, spaces and - _ \. only/);
  await expect(form.tags).toHaveAccessibleDescription(/is longer than 40 characters\./);
  await expect(page).toHaveURL(/\/forecasts\/new$/);

  await test.step("the summary's entry takes focus to the field", async () => {
    await form.errorSummary.getByRole("button", { name: /^Tags:/ }).click();
    await expect(form.tags).toBeFocused();
  });

  await test.step("the page passes axe with the errors shown", async () => {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  await test.step("nothing was stored; once fixed, the forecast is created with its tag", async () => {
    const list = new ForecastListPage(page);
    const other = await page.context().newPage();
    await new ForecastListPage(other).goto(marker);
    await expect(new ForecastListPage(other).empty).toBeVisible();
    await other.close();
    await form.tags.fill("iraq, militias");
    await expect(form.errorSummary).toHaveCount(0);
    await form.create();
    await list.goto(marker);
    await expect(list.items).toHaveCount(1);
  });
});

test("an empty form speaks in its labels, never in API field names", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  await form.submit.click();
  await expect(form.errorSummary).toBeFocused();
  await expect(form.errorSummary).toContainText("8 fields need attention");
  await expect(form.errorSummary).toContainText("Horizon: enter the day the forecast closes.");
  await expect(form.errorSummary).toContainText("Scenario 1: name this scenario.");
  await expect(form.errorSummary).toContainText("Scenario 2 probability: enter a probability");
  await expect(form.closesOn).toHaveAccessibleDescription(/Enter the day the forecast closes\.$/);
  await expect(form.scenario(2)).toHaveAttribute("aria-invalid", "true");
  await expect(form.form).not.toContainText(/closesAt|ISO 8601|scenarios\.\d|probabilities\.\d|and \d+ more|Not read yet/);
});

test("an error the server finds lands beside its field, in words", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  await form.fill(valid(`server-${unique()}`));
  // The team was deleted between loading the form and saving it: only the server can know.
  await page.route("**/forecasts/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    await route.continue({ postData: request.postData()!.replace('"teamId":null', '"teamId":"a-team-that-is-gone"') });
  });
  await form.submit.click();
  await expect(form.team).toHaveAttribute("aria-invalid", "true");
  await expect(form.team).toHaveAccessibleDescription("That team no longer exists: choose another, or no team.");
  await expect(form.errorSummary).toContainText("1 field needs attention");
  await expect(form.errorSummary).toContainText("Team: that team no longer exists");
  await expect(form.form).not.toContainText("teamId");
  await expect(page).toHaveURL(/\/forecasts\/new$/);
});

test("probability boxes: a running total, fill the rest, normalise, and a message for each bad value", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  await expect(form.probability(1)).toHaveAttribute("inputmode", "text");
  await expect(form.total).toHaveText("Total: 0% of 100% — 100% left to place");

  await test.step("No = 100 − Yes with one click", async () => {
    await form.scenario(2).fill("No");
    await form.probability(1).fill("70");
    await expect(form.total).toHaveText("Total: 70% of 100% — 30% left to place");
    await form.form.getByRole("button", { name: "Fill the rest: 30% to “No”" }).click();
    await expect(form.probability(2)).toHaveValue("30");
    await expect(form.total).toHaveText("Total: 100% of 100%");
    await expect(form.fillTheRest).toHaveCount(0);
    await expect(form.normalise).toHaveCount(0);
  });

  await test.step("a total off 100 can be normalised", async () => {
    await form.probability(1).fill("60");
    await form.probability(2).fill("likely");
    await expect(form.total).toHaveText("Total: 127.5% of 100% — 27.5% too much");
    await form.normalise.click();
    await expect(form.probability(1)).toHaveValue("47.1");
    await expect(form.probability(2)).toHaveValue("52.9");
    await expect(form.total).toHaveText("Total: 100% of 100%");
  });

  await test.step("each bad value says what is wrong in its own words", async () => {
    for (const [typed, words] of [
      ["0", "Probabilities run from 0.1 to 99.9: nothing is certain."],
      ["100", "Probabilities run from 0.1 to 99.9: nothing is certain."],
      ["32.55", "Use at most one decimal, such as 32.5 or 32.6."],
      ["abc", "Type a number such as 30, or words such as “likely”."],
    ]) {
      await form.probability(1).fill(typed);
      await expect(form.probability(1)).toHaveAccessibleDescription(words);
    }
    await form.submit.click();
    await expect(form.probability(1)).toHaveAttribute("aria-invalid", "true");
    await expect(form.probability(1)).toHaveAccessibleDescription(/^A number from 0\.1 to 99\.9, or words such as “likely”\. Type a number such as 30/);
    await expect(form.form).not.toContainText("Not read yet");
  });

  await test.step("0.3 asks whether 30% was meant, and fixes it in one click", async () => {
    await form.probability(1).fill("0.3");
    await expect(form.probability(1)).toHaveAccessibleDescription(/That is 0\.3%: did you mean 30%\?/);
    await form.form.getByRole("button", { name: "Use 30%" }).click();
    await expect(form.probability(1)).toHaveValue("30");
    await expect(form.probability(1)).toHaveAccessibleDescription("unlikely");
  });

  await test.step("PHIA phrases read as words on the ICD 203 installation", async () => {
    await form.probability(1).fill("realistic possibility");
    await expect(form.probability(1)).toHaveAccessibleDescription("= 45% roughly even chance");
    await form.probability(2).fill("a remote chance");
    await expect(form.probability(2)).toHaveAccessibleDescription("= 3% almost no chance");
  });
});

test("the yes/no shape asks before replacing scenarios already typed", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  await form.yesNo.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(form.scenario(1)).toHaveValue("Yes");

  await form.scenario(1).fill("Holds");
  await form.scenario(2).fill("Breaks");
  await form.addAlternative.click();
  await form.scenario(3).fill("Something else");
  await form.yesNo.click();
  const dialog = page.getByRole("dialog", { name: "Replace your scenarios with Yes and No?" });
  await expect(dialog).toContainText("The 3 scenarios you typed (“Holds”, “Breaks”, “Something else”)");
  await expect(dialog.getByRole("button", { name: "Keep my scenarios" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(form.scenario(1)).toHaveValue("Holds");
  await expect(form.scenario(3)).toHaveValue("Something else");

  await form.yesNo.click();
  await dialog.getByRole("button", { name: "Replace with Yes and No" }).click();
  await expect(form.scenario(1)).toHaveValue("Yes");
  await expect(form.scenario(2)).toHaveValue("No");
  await expect(form.scenario(3)).toHaveCount(0);
});

test("leaving a half-filled form asks first; an untouched one leaves at once", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await form.goto();
  await nav.getByRole("link", { name: "Forecasts", exact: true }).click();
  await expect(page).toHaveURL(/\/forecasts$/);

  await form.goto();
  await form.title.click();
  await page.keyboard.type("Half a thought");
  await nav.getByRole("link", { name: "Forecasts", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Leave this page?" });
  await expect(dialog).toContainText("The new forecast has not been saved");
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(page).toHaveURL(/\/forecasts\/new$/);
  await expect(form.title).toHaveValue("Half a thought");

  await nav.getByRole("link", { name: "Forecasts", exact: true }).click();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/forecasts$/);

  await test.step("closing or reloading the tab gets the browser's own question", async () => {
    await form.goto();
    await form.statement.click();
    await page.keyboard.type("Another half thought");
    const asked = page.waitForEvent("dialog");
    const reload = page.reload();
    const question = await asked;
    expect(question.type()).toBe("beforeunload");
    await question.accept();
    await reload;
    await expect(form.statement).toHaveValue("");
  });
});

test("a prediction identical to your standing one, without a reason, asks first; messages replace each other", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  await form.goto();
  await form.fill(valid(`repeat-${unique()}`));
  await form.create();
  const forecast = new ForecastPage(page);
  const predictionForm = forecast.predictionForm;
  const add = predictionForm.getByRole("button", { name: "Add prediction" });
  const saved = predictionForm.getByRole("status");
  await expect(forecast.history).toHaveCount(1);

  await test.step("the same numbers and no rationale: a question, and going back stores nothing", async () => {
    await add.click();
    const dialog = page.getByRole("dialog", { name: "Add the same prediction again?" });
    await expect(dialog).toContainText("Predictions are never edited or deleted");
    await dialog.getByRole("button", { name: "Go back and give a reason" }).click();
    await expect(predictionForm.getByLabel("Rationale")).toBeFocused();
    await page.reload();
    await expect(forecast.history).toHaveCount(1);
  });

  await test.step("confirmed, it is added", async () => {
    await add.click();
    await page.getByRole("dialog").getByRole("button", { name: "Add it anyway" }).click();
    await expect(saved).toHaveText("Your prediction was added to the history.");
    await expect(forecast.history).toHaveCount(2);
  });

  await test.step("an error replaces the success message, and the next success replaces the error", async () => {
    await predictionForm.getByLabel("Low-level only (baseline)").fill("abc");
    await add.click();
    await expect(predictionForm.getByTestId("error-summary")).toContainText("1 field needs attention");
    await expect(predictionForm.getByTestId("error-summary")).toContainText("Low-level only (baseline): type a number such as 30");
    await expect(saved).toHaveCount(0);
    await predictionForm.getByLabel("Low-level only (baseline)").fill("60");
    await predictionForm.getByLabel("Lethal attacks").fill("");
    await predictionForm.getByRole("button", { name: "Fill the rest: 40% to “Lethal attacks”" }).click();
    await predictionForm.getByLabel("Rationale").fill("The Dialogue's outcome sounds less restrained.");
    await add.click();
    await expect(saved).toHaveText("Your prediction was added to the history.");
    await expect(predictionForm.getByTestId("error-summary")).toHaveCount(0);
    await expect(predictionForm.getByRole("alert")).toHaveCount(0);
    await expect(forecast.history).toHaveCount(3);
  });
});

test("a judgment whose horizon has passed: the form marks the horizon and explains the import", async ({ asAdmin: page }) => {
  const form = new ForecastFormPage(page);
  const query = new URLSearchParams({ statement: "Proxies will likely return to lethal attacks toward the end of 2021.", title: "Proxies return to lethal attacks", probability: "67.5", closesOn: "2021-12-31" });
  await page.goto(`/forecasts/new?${query}`);
  const explanation = form.form.getByRole("status").filter({ hasText: "This judgment's horizon has passed" });
  await expect(explanation).toContainText("The report puts its horizon at 31 Dec 2021");
  await expect(explanation).toContainText("as an administrator you can record it as a historical forecast, with its original dates, through the import of track records");
  await expect(form.closesOn).toBeFocused();
  await expect(form.closesOn).toHaveAttribute("aria-invalid", "true");
  await expect(form.closesOn).toHaveAccessibleDescription(/31 Dec 2021 has passed: choose a later day\.$/);
  // Nothing was submitted yet: the marked field and the explanation say it, no summary.
  await expect(form.errorSummary).toHaveCount(0);
  await form.closesOn.fill(dayFromToday(90));
  await expect(form.closesOn).toHaveAttribute("aria-invalid", "false");
});

test("an analyst who is not an admin is told an administrator can import it", async ({ asAnalyst: { page } }) => {
  const query = new URLSearchParams({ statement: "Proxies will likely keep attacks low-level.", closesOn: "2021-10-31" });
  await page.goto(`/forecasts/new?${query}`);
  await expect(page.getByText("an administrator can import it as a historical record.")).toBeVisible();
});
