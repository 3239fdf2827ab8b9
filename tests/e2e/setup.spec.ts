import { ADMIN, expect, test } from "./fixtures";
import { ForecastListPage } from "./pages/forecast-list-page";
import { SetupPage } from "./pages/setup-page";

const EXAMPLE_TITLES = [
  "Iraqi proxies keep attacks on US forces low-level until after the October 2021 elections",
  "Proxies return to larger, lethal attacks on US forces in Iraq by the end of 2021",
  "Iran-aligned militias attack US forces in Syria before the end of 2021",
  "Iraq's next prime minister does not order all US forces out by March 2022",
  "Iraqi militias strike US bases outside Iraq and Syria in 2021",
  // Open practice forecasts, dated from the day the workspace is loaded.
  "How hard Iran-aligned Iraqi militias hit US forces in the next four months",
  "Iraqi militias claim a drone or missile attack outside Iraq within three months",
  // The resolved practice record (server/example/practice-history.ts), so that scores show at once.
  ...[
    "Larkport's new ferry route opens before the summer season",
    "The Larkport council passes its budget on the first vote",
    "Rainfall in Larkport tops 100 mm in March",
    "The Harbour Bridge repairs finish on schedule",
    "Larkport United finish in the league's top three",
    "The regional rail strike ends within a month",
    "Larkport's mayor wins a second term",
    "The new library opens before the autumn term",
    "Fishing quotas are cut at the spring review",
    "The river festival draws more than 20,000 visitors",
    "Bus fares in Larkport rise this year",
    "The old cannery site is sold to a developer",
  ].map((question) => `Practice record: ${question}`),
];

// The only spec of the "setup" project: it runs first, on an empty database, and creates the admin.
test("the first visit sets up the admin and the example workspace", async ({ page }) => {
  const setup = new SetupPage(page);

  await test.step("an empty installation opens on the setup page", async () => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page).toHaveTitle("Set up · Signpost");
    await expect(setup.alsoAnalyst).toBeChecked();
    await expect(setup.loadExample).toBeChecked();
  });

  await test.step("mismatched passwords: a field error, and nothing is created", async () => {
    await setup.fill(ADMIN, "correct-horse-2");
    await setup.submit.click();
    await expect(setup.confirmPassword).toHaveAttribute("aria-invalid", "true");
    await expect(setup.confirmPassword).toHaveAccessibleDescription("does not match the password");
    await expect(page).toHaveURL(/\/setup$/);

    // Re-read: with no admin stored, the installation still sends everyone to setup.
    await page.goto("/sign-in");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(setup.name).toHaveValue("");
  });

  await test.step("the admin is created, also as an analyst, with the example workspace", async () => {
    await setup.fill(ADMIN);
    await expect(setup.alsoAnalyst).toBeChecked();
    await expect(setup.loadExample).toBeChecked();
    await setup.submit.click();
    await expect(page).toHaveURL(/\/forecasts$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Ada Admin \(/ })).toHaveText(/admin.*analyst|analyst.*admin/);

    const list = new ForecastListPage(page);
    await expect(list.titles).toHaveCount(EXAMPLE_TITLES.length);
    expect((await list.titles.allInnerTexts()).sort()).toEqual([...EXAMPLE_TITLES].sort());
  });

  await test.step("setup cannot run twice", async () => {
    await page.goto("/setup");
    await expect(page).not.toHaveURL(/\/setup$/);
  });
});
