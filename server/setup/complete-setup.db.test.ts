import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { listReportRows } from "@/db/queries/reports";
import { getUser } from "@/db/queries/users";
import { useTempDatabase } from "@/tests/support/temp-db";
import { listForecasts } from "@/server/forecasts/list-forecasts";
import { reportPage } from "@/server/reports/report-pages";
import { completeSetup, needsSetup } from "./complete-setup";

useTempDatabase();

const NOW = Date.parse("2026-11-25T12:00:00Z");
const input = { email: "Admin@Example.org", name: "Ada Admin", password: "correct-horse-1", confirmPassword: "correct-horse-1", alsoAnalyst: true, loadExample: true };

describe("first visit to an empty installation", () => {
  test("mismatched passwords are refused naming the field, and nothing is created", async () => {
    await expect(completeSetup({ ...input, confirmPassword: "other" }, NOW)).rejects.toMatchObject({ status: 422, details: [{ field: "confirmPassword" }] });
    expect(await needsSetup()).toBe(true);
  });

  test("creates the first admin (with the analyst role when asked) and the example workspace", async () => {
    const { userId } = await completeSetup(input, NOW);
    expect(await needsSetup()).toBe(false);
    const admin = (await getUser(getDb(), userId))!;
    expect(admin.email).toBe("admin@example.org");
    expect(admin.roles.sort()).toEqual(["admin", "analyst"]);

    const [report] = (await listReportRows(getDb()));
    expect(report.title).toBe("The Iranian Proxy Response to the US-Iraq Strategic Dialogue");
    expect(report.publishedAt).toBe("2021-08-10");
    const actor = { id: admin.id, name: admin.name, email: admin.email, roles: admin.roles };
    const { items } = await listForecasts(actor, { limit: 50, reportId: report.id }, NOW);
    expect(items).toHaveLength(5);
    const status = Object.fromEntries(items.map((f) => [f.title, f.assessment.status]));
    // The Erbil airport attack (against the baseline) contests the first; the end of the combat mission the second.
    expect(status["Iraqi proxies keep attacks on US forces low-level until after the October 2021 elections"]).toBe("contested");
    expect(status["Proxies return to larger, lethal attacks on US forces in Iraq by the end of 2021"]).toBe("contested");
    expect(status["Iran-aligned militias attack US forces in Syria before the end of 2021"]).toBe("holding");
    expect(items.every((f) => f.status === "closed")).toBe(true);

    // Each example forecast quotes the summary sentence it tracks, so the report page links them.
    const page = await reportPage(actor, report.id, NOW);
    const tracked = page.judgments.map((j) => page.forecasts.filter((f) => f.excerpt === j.sentence).length);
    expect(tracked.reduce((a, b) => a + b, 0)).toBe(5);
    expect(page.judgments[0].probability).toBe(67.5);
  });

  test("a second setup is refused: the installation is no longer empty", async () => {
    await expect(completeSetup({ ...input, email: "other@example.org" }, NOW)).rejects.toMatchObject({ status: 409 });
  });
});
