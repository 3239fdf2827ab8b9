/**
 * Where an import holds the event loop: runs the import use case in-process (no HTTP) on the
 * database named by the environment, with a 1 ms timer that records every gap longer than
 * PROBE_GAP_MS (default 40), the phase the progress callback last reported, the SQLite statements
 * that ran long, and V8's garbage-collection pauses. Prints the gaps, longest first.
 *
 *   d=$(mktemp -d); DATABASE_URL= DATABASE_PATH=$d/probe.db npx tsx --conditions=react-server bench/import-probe.ts
 */
import { PerformanceObserver } from "node:perf_hooks";
import Database from "better-sqlite3";
import { closeDb, prepareDatabase } from "@/db/client";
import { syntheticTrackRecord } from "@/lib/demo/synthetic-track-record";
import { importTrackRecordText } from "@/server/import/import-track-record";
import { SYSTEM_ACTOR } from "@/server/system-actor";

const FORECASTS = Number(process.env.IMPORT_FORECASTS ?? 10_000);
const GAP_MS = Number(process.env.PROBE_GAP_MS ?? 40);

let phase = "start";
/** Labels set during the current gap (the import's progress, and `globalThis.__probe` calls added while investigating). */
let labelsSinceTick: string[] = [];
/** Time spent under each label, from when it is set to when the next is. */
const totals = new Map<string, number>();
let current = { label: "start", since: performance.now() };
(globalThis as unknown as { __probe: (label: string) => void }).__probe = (label) => {
  const now = performance.now();
  totals.set(current.label, (totals.get(current.label) ?? 0) + now - current.since);
  current = { label, since: now };
  if (!labelsSinceTick.includes(label)) labelsSinceTick.push(label);
};
const gaps: { ms: number; cpu: number; phase: string; at: number; labels: string[] }[] = [];
const slowStatements: { ms: number; cpu: number; sql: string; phase: string }[] = [];
/** CPU milliseconds of the whole process (this thread's work, and GC helpers') since `since`. */
const cpuSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const gcPauses: { ms: number; kind: number; phase: string }[] = [];

/** Times every better-sqlite3 call and `exec`, keeping those over 20 ms with their SQL. */
function watchSqlite(): void {
  const probe = new Database(":memory:");
  const statementProto = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ["run", "all", "get", "iterate"]) {
    const original = statementProto[method];
    statementProto[method] = function (this: { source: string }, ...args: unknown[]) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      try {
        return original.apply(this, args);
      } finally {
        const ms = performance.now() - started;
        if (ms > 20) slowStatements.push({ ms, cpu: cpuSince(cpu), sql: this.source.slice(0, 120), phase });
      }
    };
  }
  const dbProto = Database.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const exec = dbProto.exec;
  dbProto.exec = function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      return exec.apply(this, args);
    } finally {
      const ms = performance.now() - started;
      if (ms > 20) slowStatements.push({ ms, cpu: cpuSince(cpu), sql: `exec ${String(args[0]).slice(0, 100)}`, phase });
    }
  };
  probe.close();
}

async function main(): Promise<void> {
  watchSqlite();
  await prepareDatabase();
  const analysts = Array.from({ length: 300 }, (_, i) => `analyst-${i + 1}@import.bench.example`);
  const text = JSON.stringify(syntheticTrackRecord({ forecasts: FORECASTS, predictions: FORECASTS * 20, analysts, resolvedShare: 0.9, seed: 20240721, now: Date.now() }));
  console.log(`${(text.length / 1e6).toFixed(1)} MB`);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration > 10) gcPauses.push({ ms: entry.duration, kind: ((entry as unknown as { detail: { kind: number } }).detail).kind, phase });
  }).observe({ entryTypes: ["gc"] });

  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const started = last;
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > GAP_MS) gaps.push({ ms: now - last, cpu: cpuSince(lastCpu), phase, at: (now - started) / 1000, labels: labelsSinceTick.length > 0 ? labelsSinceTick : [`in ${current.label}`] });
    labelsSinceTick = [];
    last = now;
    lastCpu = process.cpuUsage();
  }, 1);

  const answer = await importTrackRecordText(SYSTEM_ACTOR, text, Date.now(), (p, done, total) => {
    phase = `${p} ${done}/${total}`;
    (globalThis as unknown as { __probe: (label: string) => void }).__probe(p);
  });
  phase = "after commit";
  if (process.env.PROBE_SECOND === "1") {
    // What the benchmark does next: another (small) import while the checkpoint of the first runs.
    const small = JSON.stringify(syntheticTrackRecord({ forecasts: 200, predictions: 2000, analysts, resolvedShare: 0.9, seed: 7, now: Date.now() }));
    const secondStarted = performance.now();
    await importTrackRecordText(SYSTEM_ACTOR, small, Date.now(), (p, done, total) => {
      phase = `second ${p} ${done}/${total}`;
    });
    console.log(`second import in ${(performance.now() - secondStarted).toFixed(0)} ms`);
    phase = "after second";
  }
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.PROBE_AFTER_MS ?? 1500)));
  clearInterval(timer);
  console.log(`imported ${JSON.stringify(answer.imported)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const show = <T extends { ms: number }>(label: string, rows: T[], line: (row: T) => string) => {
    console.log(`${label}: ${rows.length}`);
    for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 25)) console.log(`  ${row.ms.toFixed(0).padStart(5)} ms  ${line(row)}`);
  };
  console.log("time per step (s): " + [...totals].sort((a, b) => b[1] - a[1]).map(([label, ms]) => `${label} ${(ms / 1000).toFixed(2)}`).join(", "));
  show(`gaps over ${GAP_MS} ms`, gaps, (g) => `(cpu ${g.cpu.toFixed(0)})  at ${g.at.toFixed(1)} s  ${g.phase}  [${g.labels.join(" → ")}]`);
  show("SQLite calls over 20 ms", slowStatements, (s) => `(cpu ${s.cpu.toFixed(0)})  ${s.phase}  ${s.sql}`);
  show("GC pauses over 10 ms", gcPauses, (g) => `kind ${g.kind}  ${g.phase}`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
