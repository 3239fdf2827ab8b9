import { expect, test } from "./fixtures";
import { ForecastListPage } from "./pages/forecast-list-page";
import { ForecastPage } from "./pages/forecast-page";

// The example workspace's open forecasts, dated from the day setup loaded it.
const ESCALATION = "How hard Iran-aligned Iraqi militias hit US forces in the next four months";
const PRACTICE = "Iraqi militias claim a drone or missile attack outside Iraq within three months";

test("a newcomer makes their first prediction on an open example forecast", async ({ asAnalyst: { page, analyst } }) => {
  const list = new ForecastListPage(page);
  await list.goto();
  await list.open(ESCALATION);
  const forecast = new ForecastPage(page);
  await expect(page.getByTestId("forecast-status")).toHaveText("Open");
  // SPEC §2's independent first forecast: the others' numbers stay hidden until the newcomer's own.
  await expect(page.getByTestId("hidden-until-you-predict").first()).toBeVisible();
  await expect(forecast.history).toHaveCount(0);

  await forecast.addPrediction(
    { "Harassment without US casualties (baseline)": "50", "No attack reported": "25", Casualties: "25" },
    "Practising on the example: the reported rockets make quiet months less likely.",
  );
  await expect(forecast.history.first()).toContainText(analyst.name);
  await expect(forecast.history.first()).toContainText("Harassment without US casualties: 50%");
  // Now the others' predictions show beside the newcomer's.
  await expect.poll(() => forecast.history.count()).toBeGreaterThan(1);
  const after = await forecast.history.count();

  // Re-read: the prediction was stored, and the newcomer now stands with the others.
  await page.reload();
  await expect(forecast.history).toHaveCount(after);
  await expect(forecast.latest.getByRole("rowheader", { name: new RegExp(analyst.name) })).toBeVisible();
});

test("the admin who set up may add indicators to the practice forecast made in their name", async ({ asAdmin: page }) => {
  const list = new ForecastListPage(page);
  await list.goto();
  await list.open(PRACTICE);
  const forecast = new ForecastPage(page);
  await expect(page.getByTestId("forecast-status")).toHaveText("Open");
  const description = "A militia claims a drone strike on a Gulf oil facility";
  await forecast.addIndicator({ description, scenario: "Yes: an attack outside Iraq is claimed", direction: "For", strength: "Moderate" });
  await expect(forecast.indicator(description)).toBeVisible();
});
