import "server-only";
import type { Conn } from "@/db/client";
import { versionsOf } from "@/db/queries/versions";
import type { Changes } from "@/lib/versions/changes";

/** The ids of the scenarios added with "carry existing predictions over with 0" (SPEC §2 versions). */
export async function carriedOverScenarioIds(db: Conn, forecastId: string, scenarios: { id: string; label: string }[]): Promise<Set<string>> {
  const labels = new Set<string>();
  for (const version of await versionsOf(db, forecastId)) {
    const changes = JSON.parse(version.changes) as Changes;
    if (changes.carryOver?.after !== true || !changes.scenarios) continue;
    const before = new Set(changes.scenarios.before as string[]);
    for (const label of changes.scenarios.after as string[]) if (!before.has(label)) labels.add(label);
  }
  return new Set(scenarios.filter((s) => labels.has(s.label)).map((s) => s.id));
}
