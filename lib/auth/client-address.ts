/**
 * The address a request came from, for sign-in throttling. Any client can send X-Forwarded-For, so
 * it counts only when the operator says the app sits behind a reverse proxy
 * (SIGNPOST_BEHIND_PROXY=true), and then only its last entry: the one that proxy added for the
 * connection it received. Entries further left are whatever the client claimed. Otherwise the
 * connecting socket's address decides, which Signpost's server (scripts/serve.mjs) writes into
 * `x-signpost-peer` on every request, replacing anything a client sent under that name.
 */

interface HeaderSource {
  get(name: string): string | null;
}

export const PEER_HEADER = "x-signpost-peer";

export function behindProxy(setting: string | undefined): boolean {
  return setting !== undefined && ["1", "true", "yes"].includes(setting.trim().toLowerCase());
}

export function clientAddress(headers: HeaderSource, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
    const proxyHop = hops.at(-1);
    if (proxyHop) return normalised(proxyHop);
  }
  const peer = headers.get(PEER_HEADER)?.trim();
  return peer ? normalised(peer) : "unknown";
}

/** "::ffff:10.0.0.7" (IPv4 on a dual-stack socket) and "10.0.0.7" are one address. */
function normalised(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice("::ffff:".length) : lower;
}
