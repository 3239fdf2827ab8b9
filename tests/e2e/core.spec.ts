import { ADMIN, dayFromToday, expect, signedInAs, test, unique, type Credentials } from "./fixtures";
import { ForecastFormPage } from "./pages/forecast-form-page";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";
import { UsersPage } from "./pages/users-page";

const KEY_TAKEAWAY =
  "Iran likely ordered its Iraqi proxies to sustain low-level, harassing attacks on US forces in Iraq until after the October 2021 parliamentary elections and to return to more lethal attacks toward the end of 2021.";
const BASELINE = "Harassing attacks only until the elections";
const ALTERNATIVE = "Larger, lethal attacks before the elections";

test("an admin adds an analyst, who registers the report's key takeaway and revises it", async ({ page }) => {
  const ana: Credentials = { name: "Ana Lyst", email: `ana-${unique()}@e2e.example`, password: "ana-lyst-pass-1" };
  const title = `Proxies keep attacks low-level until the elections (${unique()})`;

  await test.step("the admin adds Ana as an analyst on the Users page", async () => {
    await signedInAs(page, ADMIN);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    const users = new UsersPage(page);
    await expect(page).toHaveTitle("Users and roles · Signpost");
    await users.addUser(ana, ["analyst"]);
    await expect(users.person(ana.email)).toContainText(ana.name);
    await expect(users.person(ana.email).getByRole("checkbox", { name: "analyst" })).toBeChecked();
    await expect(users.person(ana.email).getByRole("checkbox", { name: "admin" })).not.toBeChecked();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  await test.step("Ana signs in and sees no admin link", async () => {
    await signedInAs(page, ana);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: `${ana.name} (analyst)` })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  const form = new ForecastFormPage(page);
  await test.step("the new-forecast form flags vague words and reads estimative ones", async () => {
    await page.getByRole("link", { name: "New forecast" }).click();
    await expect(page).toHaveTitle("New forecast · Signpost");
    await expect(form.scenario(1)).toBeVisible();
    await expect(form.scenario(2)).toBeVisible();
    await expect(form.scenario(3)).toHaveCount(0);
    await expect(form.baseline(1)).toBeChecked();

    await form.statement.fill("Proxies may continue larger-scale attacks on US forces in Syria before October.");
    await expect(form.statement).toHaveAccessibleDescription(/Vague wording: “may” has no agreed probability/);
    await form.statement.fill(KEY_TAKEAWAY);
    await expect(form.statement).not.toHaveAccessibleDescription(/Vague wording/);

    await form.probability(1).fill("likely");
    await expect(form.probability(1)).toHaveAccessibleDescription("= 67.5% likely");
    await form.probability(2).fill("32.5");
    await expect(form.probability(2)).toHaveAccessibleDescription("unlikely");
    await expect(form.total).toHaveText("Total: 100% of 100%");
  });

  const forecast = new ForecastPage(page);
  await test.step("Ana creates the forecast and sees both scenarios in numbers and words", async () => {
    await form.fill({
      title,
      statement: KEY_TAKEAWAY,
      resolutionCriteria: "Resolves to the baseline if no attack by Iran-aligned militias on US forces in Iraq causes casualties before the elections are certified.",
      closesOn: dayFromToday(120),
      scenarios: [
        { label: BASELINE, probability: "likely" },
        { label: ALTERNATIVE, probability: "32.5" },
      ],
      rationale: "The report's key takeaway, as written.",
    });
    await form.create();
    await expect(forecast.heading).toHaveText(title);
    await expect(forecast.assessmentStatus).toHaveText("Holding");
    await expect(forecast.scenarioHeader(BASELINE)).toContainText("baseline");
    await expect(forecast.authorStanding(BASELINE)).toHaveText("67.5% (likely)");
    await expect(forecast.authorStanding(ALTERNATIVE)).toHaveText("32.5% (unlikely)");
    await expect(forecast.history).toHaveCount(1);
  });

  await test.step("a second prediction tops the history, in words too", async () => {
    await expect(forecast.predictionForm.getByLabel(`${BASELINE} (baseline)`)).toHaveValue("67.5");
    await forecast.addPrediction({ [`${BASELINE} (baseline)`]: "55", [ALTERNATIVE]: "45" }, "Militia statements after the Dialogue sound less restrained.");
    await expect(forecast.history).toHaveCount(2);
    const [newest, oldest] = [forecast.history.nth(0), forecast.history.nth(1)];
    await expect(newest).toContainText(`${BASELINE}: 55% (roughly even chance)`);
    await expect(newest).toContainText(`${ALTERNATIVE}: 45% (roughly even chance)`);
    await expect(newest).toContainText("Militia statements after the Dialogue sound less restrained.");
    await expect(oldest).toContainText(`${BASELINE}: 67.5% (likely)`);
    await expect(oldest).toContainText(`${ALTERNATIVE}: 32.5% (unlikely)`);
    await expect(oldest).toContainText("The report's key takeaway, as written.");
    await expect(forecast.authorStanding(BASELINE)).toHaveText("55% (roughly even chance)");
  });
});

test("a bad new-forecast form shows field errors and stores nothing", async ({ asAdmin: page }) => {
  const marker = `bad-form-${unique()}`;
  const list = new ForecastListPage(page);
  await list.goto();
  const before = await list.items.count();

  const form = new ForecastFormPage(page);
  await form.goto();
  await form.fill({
    title: "",
    statement: `Militias keep attacks low-level (${marker}).`,
    resolutionCriteria: "Any lethal attack on US forces resolves it as No.",
    closesOn: dayFromToday(60),
    scenarios: [
      { label: "Yes", probability: "50" },
      { label: "No", probability: "40" },
    ],
  });
  await form.submit.click();

  await expect(form.errorSummary).toBeFocused();
  await expect(form.errorSummary).toContainText("2 fields need attention");
  await expect(form.errorSummary).toContainText("Title: give the forecast a title.");
  await expect(form.errorSummary).toContainText("Total: the probabilities add up to 90%; they must add up to 100%.");
  await expect(form.title).toHaveAttribute("aria-invalid", "true");
  await expect(form.title).toHaveAccessibleDescription(/Give the forecast a title\.$/);
  await expect(form.total).toHaveText("Total: 90% of 100% — 10% left to place");
  await expect(form.total).toHaveAccessibleDescription("The probabilities add up to 90%; they must add up to 100%.");
  await expect(page).toHaveURL(/\/forecasts\/new$/);

  // Re-read: the list holds as many forecasts as before, and none with the form's statement.
  await list.goto();
  await expect(list.items).toHaveCount(before);
  await list.goto(marker);
  await expect(list.empty).toBeVisible();
});
