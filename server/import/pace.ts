import "server-only";

/**
 * A long job's way of letting the server breathe. On SQLite every statement runs synchronously,
 * and awaiting an already-settled promise only runs other microtasks, so an import that never
 * yields would hold Node's event loop (and every other request, reads included) until it ends.
 * `pace()` gives the loop back once `everyMs` have passed since it last did, so other requests
 * wait at most about that long; on PostgreSQL the queries' own I/O already yields, and it costs nothing.
 */
export function pacer(everyMs = 10): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}
