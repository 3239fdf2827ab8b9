import { beforeAll, describe, expect, test } from "vitest";
import { forecastInput } from "@/tests/support/forecast-input";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { auditPageQuerySchema } from "@/lib/validation/audit";
import { createForecast } from "../forecasts/create-forecast";
import { addIndicator } from "../evidence/add-indicator";
import { recordEvent } from "../evidence/record-event";
import { createReport } from "../reports/create-report";
import { createToken } from "../tokens/create-token";
import { auditPage } from "./list-audit";

useTempDatabase();

let root: Persona;
let ada: Persona;
let bob: Persona;
let forecastId: string;
let reportId: string;

const query = (input: Record<string, unknown> = {}) => auditPageQuerySchema.parse(input);

beforeAll(async () => {
  root = await persona("Root", "admin");
  ada = await persona("Lovelace", "analyst");
  bob = await persona("Marley", "analyst");
  const now = Date.now();
  const forecast = await createForecast(ada.actor, forecastInput({ title: "Proxies keep attacks low" }), now);
  forecastId = forecast.id;
  const indicator = await addIndicator(ada.actor, forecastId, { scenarioId: forecast.scenarios[0].id, description: "A lethal attack", direction: "against", likelihoodRatio: 3 }, now + 1);
  await recordEvent(bob.actor, { occurredAt: new Date(now - 1000).toISOString(), title: "Drone attack on Erbil airport", indicatorIds: [indicator.id] }, now + 2);
  reportId = (await createReport(bob.actor, { title: "The proxy response", publishedAt: "2021-08-10", body: "Militias will likely keep attacks low until October." }, now + 3)).id;
  await createToken(bob.actor, { name: "nightly export" }, now + 4);
});

describe("the audit page names what each change is about and who made it", () => {
  test("titles and links instead of ids, and the actor's name", async () => {
    const { items } = await auditPage(root.actor, query());
    const about = (action: string) => items.find((item) => item.action === action);
    expect(about("forecast.create")).toMatchObject({ actorName: "Lovelace", subject: { label: "Proxies keep attacks low", href: `/forecasts/${forecastId}` } });
    expect(about("indicator.create")?.subject).toEqual({ label: "“A lethal attack” on “Proxies keep attacks low”", href: `/forecasts/${forecastId}` });
    expect(about("event.create")).toMatchObject({ actorName: "Marley", subject: { label: "Drone attack on Erbil airport", href: "/events?q=Drone+attack+on+Erbil+airport" } });
    expect(about("report.create")?.subject).toEqual({ label: "The proxy response", href: `/reports/${reportId}` });
    expect(about("event.link")?.subject).toEqual({ label: "“Drone attack on Erbil airport” → “A lethal attack”", href: `/forecasts/${forecastId}` });
    expect(about("token.create")?.subject).toEqual({ label: "“nightly export” of Marley", href: null });
    expect(items.find((item) => item.entity === "user" && item.entityId === ada.actor.id)).toMatchObject({ actorName: "the command line", subject: { label: "Lovelace", href: null } });
  });

  test("filtered by who acted, from words of their name or email, keeping the other filters and the paging", async () => {
    const bobs = await auditPage(root.actor, query({ actor: "marl" }));
    expect(bobs.items.length).toBeGreaterThan(1);
    expect(new Set(bobs.items.map((item) => item.actorName))).toEqual(new Set(["Marley"]));

    const onlyReports = await auditPage(root.actor, query({ actor: bob.actor.email, entity: "report" }));
    expect(onlyReports.items.map((item) => item.action)).toEqual(["report.create"]);

    const first = await auditPage(root.actor, query({ actor: "Marl", limit: 1 }));
    const second = await auditPage(root.actor, query({ actor: "Marl", limit: 1, cursor: first.nextCursor }));
    expect(second.items).toHaveLength(1);
    expect(second.items[0].actorName).toBe("Marley");
    expect(second.items[0].id).not.toBe(first.items[0].id);

    expect((await auditPage(root.actor, query({ actor: "nobody-at-all" }))).items).toEqual([]);
  });

  test("only admins may read it", async () => {
    await expect(auditPage(ada.actor, query())).rejects.toMatchObject({ status: 403 });
  });
});
