import { ADMIN, expect, signedInAs, test, unique } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";
import { UsersPage } from "./pages/users-page";

test("an admin adds someone without a password, puts them in a team, gives them a password, and they sign in", async ({ asAdmin: page }) => {
  const person = { name: `Pat Later ${unique()}`, email: `pat-${unique()}@e2e.example`, password: "pat-password-1" };
  const users = new UsersPage(page);
  await users.goto();
  await users.addForm.getByLabel("Name").fill(person.name);
  await users.addForm.getByLabel("Email").fill(person.email);
  await users.addForm.getByRole("button", { name: "Add user" }).click();
  await expect(users.addForm.getByRole("status")).toContainText("cannot sign in yet");
  await expect(users.person(person.email)).toContainText("no password (cannot sign in)");

  const team = `Levant desk ${unique()}`;
  await page.goto("/teams");
  await expect(page).toHaveTitle("Teams · Signpost");
  await page.getByLabel("Team name").fill(team);
  await page.getByRole("button", { name: "Create team" }).click();
  const card = page.getByRole("article", { name: `Team ${team}` });
  await card.getByLabel(`Add a member to ${team}`).selectOption({ label: `${person.name} (${person.email})` });
  await card.getByRole("button", { name: "Add" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: person.name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article", { name: `Team ${team}` }).getByRole("listitem").filter({ hasText: person.name })).toBeVisible();

  await users.goto();
  const row = users.person(person.email);
  await row.getByText("Set a password").click();
  await row.getByLabel(`New password for ${person.name}`).fill("short");
  await row.getByRole("button", { name: "Save password" }).click();
  await expect(row.getByRole("alert")).toContainText("Password must be at least 8 characters");
  await row.getByLabel(`New password for ${person.name}`).fill(person.password);
  await row.getByRole("button", { name: "Save password" }).click();
  await expect(row.getByRole("status").last()).toContainText("can now sign in");

  await page.getByRole("button", { name: "Sign out" }).click();
  await signedInAs(page, person);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("a browser session cannot write through the API from another site, and nothing is stored", async ({ asAdmin: page }) => {
  const count = async () => (await (await page.request.get("/api/v1/forecasts?limit=200")).json()).items.length;
  const before = await count();
  const body = { title: "Cross-site", statement: "s", resolutionCriteria: "r", closesAt: "2099-01-01", scenarios: [{ label: "Yes", baseline: true }, { label: "No" }], probabilities: [50, 50] };
  const refused = await page.request.post("/api/v1/forecasts", { data: body, headers: { origin: "https://elsewhere.example" } });
  expect(refused.status()).toBe(401);
  expect(await count()).toBe(before);
});

test("the audit log names what changed and who changed it, links to it, and filters by who acted", async ({ asAnalyst: { page: analystPage, analyst }, browser }) => {
  const account = new AccountPage(analystPage);
  await account.goto();
  const tokenName = `audit trail ${unique()}`;
  await account.createToken(tokenName);

  const adminContext = await browser.newContext();
  const page = await adminContext.newPage();
  await signedInAs(page, ADMIN);
  await page.goto("/admin/audit");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Who").fill(analyst.name);
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/actor=/);
  const entries = page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  await expect(entries.first()).toContainText(`token.create · API token “${tokenName}” of ${analyst.name}`);
  for (const entry of await entries.all()) await expect(entry).toContainText(`by ${analyst.name}`);

  await filters.getByLabel("Who").fill(ADMIN.name);
  await filters.getByLabel("What").selectOption({ label: "report" });
  await filters.getByRole("button", { name: "Filter" }).click();
  const example = entries.filter({ hasText: "example.load" });
  await expect(example).toContainText(`by ${ADMIN.name}`);
  await example.getByRole("link", { name: "The Iranian Proxy Response to the US-Iraq Strategic Dialogue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Iranian Proxy Response to the US-Iraq Strategic Dialogue");
  await adminContext.close();
});

test("an admin deactivates someone: signed out, refused at sign-in with the reason, tokens refused, history kept; then reactivates them", async ({ asAdmin: page, browser, playwright }) => {
  const person = { name: `Dee Active ${unique()}`, email: `dee-${unique()}@e2e.example`, password: "dee-password-1" };
  const users = new UsersPage(page);
  await users.goto();
  await users.addUser(person, ["analyst"]);
  await expect(users.person(ADMIN.email).getByRole("button", { name: /^Deactivate/ })).toHaveCount(0);

  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signedInAs(theirPage, person);
  const account = new AccountPage(theirPage);
  await account.goto();
  const token = await account.createToken("their script");
  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const body = { title: `Dee's forecast ${unique()}`, statement: "s", resolutionCriteria: "r", closesAt: "2099-01-01", scenarios: [{ label: "Yes", baseline: true }, { label: "No" }], probabilities: [60, 40] };
  const created = await api.post("/api/v1/forecasts", { data: body });
  expect(created.status()).toBe(201);
  const forecastId = (await created.json()).id;

  const row = users.person(person.email);
  await row.getByRole("button", { name: `Deactivate ${person.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${person.name}?` });
  await expect(dialog).toContainText("Their forecasts, predictions and audit entries stay");
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText(`${person.name} is deactivated.`);
  await expect(row).toContainText("Deactivated");

  await theirPage.goto("/account");
  await expect(theirPage).toHaveURL(/\/sign-in/);
  const signIn = new SignInPage(theirPage);
  await signIn.signIn(person);
  await expect(theirPage.getByRole("main").getByRole("alert")).toHaveText("Your account has been deactivated, so you cannot sign in. Ask an administrator to reactivate it.");
  expect((await api.get("/api/v1/forecasts?limit=1")).status()).toBe(401);

  await page.goto(`/forecasts/${forecastId}`);
  await expect(page.getByRole("main")).toContainText(person.name);
  await page.goto("/admin/audit?entity=user");
  await expect(page.getByRole("list", { name: "Audit entries" }).getByRole("listitem").first()).toContainText(`user.deactivate · user ${person.name}`);

  await users.goto();
  await users.person(person.email).getByRole("button", { name: `Reactivate ${person.name}` }).click();
  await expect(users.person(person.email).getByRole("status")).toHaveText(`${person.name} can sign in again.`);
  await signedInAs(theirPage, person);
  expect((await api.get("/api/v1/forecasts?limit=1")).status()).toBe(200);
  await api.dispose();
  await theirs.close();
});
