/**
 * Seeds the forecast of issue 3's performance target: 50 analysts, 2,000 predictions, 40
 * indicators and 500 linked events on a three-scenario forecast, through the data-access layer.
 */
import { hashPassword } from "better-auth/crypto";
import { withTransaction } from "@/db/client";
import { insertEvent, insertIndicator, insertLink } from "@/db/queries/evidence";
import { insertForecast, insertPrediction } from "@/db/queries/forecasts";
import { insertUser } from "@/db/queries/users";

const DAY = 86_400_000;

/** A small seeded PRNG (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedBusyForecast(now: number, credentials: { email: string; password: string }) {
  const rand = random(20211010);
  const passwordHash = await hashPassword(credentials.password);
  const analysts = Array.from({ length: 50 }, (_, i) => crypto.randomUUID());
  const forecastId = crypto.randomUUID();
  const scenarios = ["Holds", "Escalates", "Stops"].map((label, i) => ({ id: crypto.randomUUID(), label, description: "", baseline: i === 0 }));
  const createdAt = now - 700 * DAY;
  await withTransaction(async (tx) => {
    for (const [i, id] of analysts.entries()) {
      await insertUser(tx, { id, name: `Analyst ${i + 1}`, email: i === 0 ? credentials.email : `bench${i}@bench.example`, roles: ["analyst"], passwordHash: i === 0 ? passwordHash : null, at: createdAt });
    }
    await insertForecast(tx, {
      id: forecastId, title: "Benchmark: a busy forecast", statement: "A forecast with many analysts, predictions, indicators and events.",
      resolutionCriteria: "None: it exists to be measured.", closesAt: now + 60 * DAY, createdAt, confidence: "moderate",
      teamId: null, authorId: analysts[0], reportId: null, excerpt: null, tags: ["bench"], scenarios,
    });
    for (let i = 0; i < 2000; i++) {
      const a = 200 + Math.floor(rand() * 600);
      const b = 50 + Math.floor(rand() * (1000 - a - 100));
      const tenths = { [scenarios[0].id]: a, [scenarios[1].id]: b, [scenarios[2].id]: 1000 - a - b };
      const at = i === 0 ? createdAt : createdAt + Math.floor(rand() * 690 * DAY);
      await insertPrediction(tx, { id: crypto.randomUUID(), forecastId, analystId: i === 0 ? analysts[0] : analysts[Math.floor(rand() * 50)], createdAt: at, rationale: "", tenths });
    }
    const indicatorIds: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = crypto.randomUUID();
      await insertIndicator(tx, {
        id, forecastId, scenarioId: scenarios[i % 3].id, description: `Indicator ${i + 1}`, direction: i % 2 ? "against" : "for",
        likelihoodRatio: [1.5, 3, 10][i % 3], expectedBy: i % 5 === 0 ? createdAt + 300 * DAY : null, createdBy: analysts[0], createdAt, retiredAt: null,
      });
      indicatorIds.push(id);
    }
    for (let i = 0; i < 500; i++) {
      const eventId = crypto.randomUUID();
      const occurredAt = createdAt + Math.floor(rand() * 690 * DAY);
      await insertEvent(tx, { id: eventId, occurredAt, title: `Event ${i + 1}`, description: "", sourceUrl: null, sourceReliability: "B", infoCredibility: 2, createdBy: analysts[0], createdAt: occurredAt });
      await insertLink(tx, { id: crypto.randomUUID(), eventId, indicatorId: indicatorIds[i % 40], note: "", createdBy: analysts[0], createdAt: occurredAt });
    }
  });
  return { forecastId, analystIds: analysts, scenarioIds: scenarios.map((s) => s.id) };
}
