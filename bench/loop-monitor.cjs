/**
 * Preloaded into the app's server by `bench/import.ts` when BENCH_LOOP_MONITOR_DIR is set
 * (`NODE_OPTIONS=--require bench/loop-monitor.cjs`): records each time this process's event loop
 * was held longer than 20 ms, with the process's CPU time meanwhile, one JSON line per gap in
 * `<dir>/<pid>.jsonl`. A gap with as much CPU as wall time is the app's own work; one with little
 * CPU is the machine giving the process no time (a busy machine), which no code change can fix.
 */
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.BENCH_LOOP_MONITOR_DIR;
// `npx next start` runs npm's wrapper first: it only waits, so it is left out.
const isNpmWrapper = /np[mx](-cli)?(\.js)?$/.test(process.argv[1] ?? "");
// NODE_OPTIONS reaches worker threads too: SQLite's checkpoint worker is meant to be held for
// seconds by a big checkpoint, and only the main thread answers requests.
const { isMainThread } = require("node:worker_threads");
if (dir && !isNpmWrapper && isMainThread) {
  const file = path.join(dir, `${process.pid}.jsonl`);
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 20) {
      const cpu = process.cpuUsage(lastCpu);
      fs.appendFileSync(file, `${JSON.stringify({ at: Date.now(), ms: Math.round(now - last), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
    }
    last = now;
    lastCpu = process.cpuUsage();
  }, 1).unref();
}
