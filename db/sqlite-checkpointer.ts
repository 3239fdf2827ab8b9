import "server-only";
import fs from "node:fs";
import { Worker } from "node:worker_threads";

/**
 * Copies SQLite's write-ahead log back into the database file on a worker thread.
 *
 * SQLite checkpoints automatically at the end of the COMMIT that grows the WAL past 1,000 pages,
 * on the committing connection, i.e. on the app's one thread. After a big import that is hundreds
 * of megabytes copied while every other request waits (about 0.8 s for a 10,000-forecast import).
 * So the writer turns automatic checkpoints off and this class runs them on a second connection in
 * a worker thread instead. A PASSIVE checkpoint never waits for readers or writers, so the app's
 * own connections are never held up by it; SQLite's locks keep the two threads consistent.
 */
export class SqliteCheckpointer {
  private worker: Worker | null = null;
  private running = false;
  private requestedAgain = false;
  private closed = false;

  constructor(
    private readonly file: string,
    /** WAL size in bytes past which a commit asks for a checkpoint: SQLite's own default, 1,000 pages. */
    private readonly thresholdBytes = 4 * 1024 * 1024,
  ) {}

  /** Called after each write: checkpoints when the WAL has grown past the threshold. */
  afterWrite(): void {
    if (this.closed || this.walBytes() < this.thresholdBytes) return;
    this.request();
  }

  /** Resolves once no checkpoint is running (tests and benchmarks wait for the WAL to settle). */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private request(): void {
    if (this.running) {
      this.requestedAgain = true;
      return;
    }
    this.running = true;
    this.ensureWorker().postMessage("checkpoint");
  }

  private finished(): void {
    this.running = false;
    if (this.requestedAgain && !this.closed) {
      this.requestedAgain = false;
      this.afterWrite();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, resolveFrom: `${process.cwd()}/` } });
    // A checkpoint left undone is harmless (the next one catches up), so the worker never keeps the process alive.
    worker.unref();
    worker.on("message", (answer: { error?: string }) => {
      if (answer.error) console.error(`SQLite checkpoint failed: ${answer.error}`);
      this.finished();
    });
    worker.on("error", (error) => {
      console.error("The SQLite checkpoint worker stopped:", error);
      this.worker = null;
      this.finished();
    });
    this.worker = worker;
    return worker;
  }

  private walBytes(): number {
    try {
      return fs.statSync(`${this.file}-wal`).size;
    } catch {
      return 0;
    }
  }
}

/**
 * The worker's code, evaluated as CommonJS so that Next.js's bundler leaves it alone; it loads
 * better-sqlite3 from the app's node_modules, as the server does (a server-external package).
 * TRUNCATE would wait for readers; PASSIVE copies what it can now and leaves the rest for next time.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const Database = createRequire(workerData.resolveFrom)("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
parentPort.on("message", () => {
  try {
    parentPort.postMessage({ result: db.pragma("wal_checkpoint(PASSIVE)") });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;
