import "server-only";
import type { Conn } from "@/db/client";
import { findUserIdByEmail, insertUser } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/policy";
import { syntheticTrackRecord } from "@/lib/demo/synthetic-track-record";
import { importTrackRecord } from "../import/import-track-record";

/**
 * A small resolved track record that comes with the example workspace, so that a fresh
 * installation's scores have something to show: a dozen made-up questions about an invented town,
 * every one labelled "Practice record", forecast by four made-up practice analysts over the year
 * before it is loaded, all resolved. It is written as an import (the same use case, a fixed seed),
 * so it is scored exactly as any imported history is.
 */
export const PRACTICE_TAG = "practice-record";

export const PRACTICE_ANALYSTS = [
  { name: "Practice Analyst Amal", email: "practice.amal@signpost.example" },
  { name: "Practice Analyst Bruno", email: "practice.bruno@signpost.example" },
  { name: "Practice Analyst Chiara", email: "practice.chiara@signpost.example" },
  { name: "Practice Analyst Dmitri", email: "practice.dmitri@signpost.example" },
];

export const PRACTICE_QUESTIONS = [
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
];

export const practiceTitle = (question: string) => `Practice record: ${question}`;

/** The practice record as an import body, dated back from `now`: the same forecasts, scores and words whenever it is loaded. */
export function practiceHistory(now: number) {
  const record = syntheticTrackRecord({
    forecasts: PRACTICE_QUESTIONS.length,
    predictions: 72,
    analysts: PRACTICE_ANALYSTS.map((a) => a.email),
    resolvedShare: 1,
    seed: 20240101,
    now,
    historyDays: 420,
    minAgeDays: 200,
    text: (_, index) => ({
      title: practiceTitle(PRACTICE_QUESTIONS[index]),
      statement: `Made-up practice question: ${PRACTICE_QUESTIONS[index]}. Larkport, its people and everything in this practice record are invented, so that the scores have something to show before real forecasts are resolved.`,
    }),
  });
  return {
    forecasts: record.forecasts.map((f) => ({
      ...f,
      resolutionCriteria: "Invented for practice: the outcome was decided when the record was made.",
      tags: [PRACTICE_TAG],
      resolution: f.resolution ? { ...f.resolution, rationale: "Practice record: a made-up outcome." } : f.resolution,
    })),
  };
}

/** Inside the example workspace's transaction: the practice analysts (with their names), then the record. Returns how many forecasts it holds. */
export async function loadPracticeHistory(tx: Conn, actor: Actor, now: number): Promise<number> {
  for (const person of PRACTICE_ANALYSTS) {
    if (!(await findUserIdByEmail(tx, person.email))) {
      await insertUser(tx, { id: crypto.randomUUID(), name: person.name, email: person.email, roles: ["analyst"], passwordHash: null, at: now });
    }
  }
  return (await importTrackRecord(actor, practiceHistory(now), now)).imported.forecasts;
}
