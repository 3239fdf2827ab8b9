import { ADMIN, expect, test } from "./fixtures";
import { dayFromToday } from "./fixtures";
import { addEvidence, makeForecast } from "./support/forecast-api";
import { AccountPage } from "./pages/account-page";
import { SignInPage } from "./pages/sign-in-page";

/** The nonce of a Content-Security-Policy header, or null when it has none. */
function nonceOf(policy: string | null): string | null {
  return policy?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

test("every page carries a Content-Security-Policy with a fresh nonce, and the other security headers", async ({ page }) => {
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const policy = first.headers()["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(nonceOf(policy)).not.toBeNull();
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonceOf(policy));
  // Next.js puts the nonce on every script it renders.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(policy)}"`);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  const overHttps = await page.request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  const api = await page.request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("pages, the chart and the forms work under the policy, with no violation in the console", async ({ asAdmin: page }) => {
  const forecast = await makeForecast(page, { title: `CSP check ${Date.now()}`, closesAt: Date.parse(`${dayFromToday(30)}T23:59:59.999Z`), yes: 60 });
  await addEvidence(page, forecast, `CSP event ${Date.now()}`);
  await page.goto(`/forecasts/${forecast.id}`);
  await expect(page.getByRole("heading", { level: 1, name: forecast.title })).toBeVisible();
  // recharts draws its lines as SVG paths once the lazy chart has loaded.
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.locator(".recharts-line-curve").first()).toBeAttached();
  for (const path of ["/forecasts", "/events", "/reports", "/scores", "/forecasts/new", "/account", "/admin/users"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
  }
  // A form posts through a server action, validates with zod in the browser and shows its answer, under the same policy.
  const account = new AccountPage(page);
  await account.goto();
  expect(await account.createToken(`csp ${Date.now()}`)).toMatch(/^sp_/);
});

test("the sign-in page only returns to a path of this site", async ({ page }) => {
  for (const next of ["/\\evil.example", "//evil.example", "https://evil.example", "/%2F%2Fevil.example", "/%5Cevil.example"]) {
    const context = await page.context().browser()!.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    const signIn = new SignInPage(fresh);
    await signIn.signIn(ADMIN);
    await expect(fresh).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/forecasts$/);
    await context.close();
  }
});

test("after too many wrong passwords for one account the form says to wait, and another account still signs in from here", async ({ page, baseURL }) => {
  const target = { email: `locked-${Date.now()}@e2e.example`, password: "not-the-password-1" };
  // Ten wrong tries by script; the form shares their count.
  for (let i = 0; i < 10; i += 1) {
    const response = await page.request.post("/api/auth/sign-in/email", { data: target, headers: { origin: baseURL! } });
    expect(response.status()).toBe(401);
  }
  const refused = await page.request.post("/api/auth/sign-in/email", { data: target, headers: { origin: baseURL! } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(target);
  await expect(page.locator("form").getByRole("alert")).toContainText(/Too many failed sign-ins to this account\. Try again in \d+ minutes\./);
  await signIn.signIn(ADMIN);
  await expect(page).toHaveURL(/\/forecasts$/);
});
