/**
 * The analyst's day at scale: the forecast list's numbers at a glance in each order, and one
 * analyst's inbox, on whatever database DATABASE_PATH / DATABASE_URL names (fill it with demo:generate).
 * Run: npx tsx --conditions=react-server bench/analyst-day.ts
 */
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { listForecasts } from "@/server/forecasts/list-forecasts";
import { sortedByGlance, withGlance } from "@/server/glance/forecast-glance";
import { readInbox } from "@/server/inbox/inbox";

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}

async function main() {
  const now = Date.now();
  const people = await listUsers(getDb());
  const analyst = people.find((p) => p.roles.includes("analyst"))!;
  const manager = { id: "bench", name: "Bench", email: "bench@example.org", roles: ["manager" as const, "reviewer" as const] };
  const actor = { id: analyst.id, name: analyst.name, email: analyst.email, roles: analyst.roles };
  for (const reader of [actor, manager]) {
    console.log(`as ${reader.roles.join(", ")}`);
    await timed("  newest, 25 with numbers", async () => withGlance(reader, (await listForecasts(reader, { limit: 25 }, now)).items, now));
    for (const sort of ["closing", "changed", "contested"] as const) await timed(`  ${sort}`, () => sortedByGlance(reader, sort, 0, 25, now));
    await timed("  inbox", () => readInbox(reader, { unread: false, limit: 50 }, now));
  }
}

void main().then(() => process.exit(0));
