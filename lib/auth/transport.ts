/**
 * How a request reached Signpost (http or https, which host), and what that means for the session
 * cookie. Browsers drop a `Secure` cookie received over plain http from any address but
 * localhost, so a cookie is `Secure` exactly when the page came over https, or when the operator
 * declared an https public address (BETTER_AUTH_URL).
 */

export interface Transport {
  protocol: "http" | "https";
  /** The host and port the browser used, e.g. "signpost.lan:3000"; null when the request named none. */
  host: string | null;
}

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * Read from the forwarded headers: Next.js fills `x-forwarded-proto` and `x-forwarded-host` from the
 * connection itself unless a proxy in front already set them, in which case the proxy's (the
 * browser's) view wins. A proxy chain lists several values; the first is the browser's hop.
 */
export function transportOf(headers: HeaderSource): Transport {
  const proto = firstValue(headers.get("x-forwarded-proto"))?.toLowerCase();
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  return { protocol: proto === "https" ? "https" : "http", host: host ? host.toLowerCase() : null };
}

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

/** The public address the operator configured, or null when it is unset or not an http(s) URL. */
export function configuredOrigin(configuredUrl: string | undefined): URL | null {
  if (!configuredUrl) return null;
  try {
    const url = new URL(configuredUrl);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function wantsSecureCookies(configuredUrl: string | undefined, transport: Transport | null): boolean {
  if (configuredOrigin(configuredUrl)?.protocol === "https:") return true;
  return transport?.protocol === "https";
}

/** The host as a URL would print it: lower case, without the protocol's default port. */
function normalisedHost(protocol: "http" | "https", host: string): string {
  try {
    return new URL(`${protocol}://${host}`).host;
  } catch {
    return host;
  }
}

/**
 * What is wrong between the configured public address and the one this page was opened at, in
 * words for whoever is trying to sign in (and the operator they will forward it to); null when
 * nothing is.
 */
export function authAddressProblem(configuredUrl: string | undefined, transport: Transport): string | null {
  if (!configuredUrl) return null;
  const configured = configuredOrigin(configuredUrl);
  if (!configured) {
    return `The server setting BETTER_AUTH_URL (“${configuredUrl}”) is not a web address such as https://signpost.example.org. Ask the administrator to correct it or remove it.`;
  }
  const opened = transport.host ? `${transport.protocol}://${normalisedHost(transport.protocol, transport.host)}` : null;
  if (configured.protocol === "https:" && transport.protocol === "http") {
    return `This page was opened over plain http${opened ? ` (${opened})` : ""}, but the server is set up for ${configured.origin} (BETTER_AUTH_URL). Your browser will not keep a secure sign-in cookie over plain http, so signing in here may not work. Open ${configured.origin} instead, or ask the administrator to change BETTER_AUTH_URL to the address you use (or remove it).`;
  }
  if (transport.host && normalisedHost(transport.protocol, transport.host) !== configured.host) {
    return `This page was opened at ${opened}, but the server is set up for ${configured.origin} (BETTER_AUTH_URL). Open ${configured.origin} instead. If a proxy forwards this address to Signpost, it must pass the original host on (X-Forwarded-Host); otherwise ask the administrator to change BETTER_AUTH_URL (or remove it).`;
  }
  return null;
}

/**
 * Why a correct sign-in left no session behind, as far as the server can tell: the cookie was
 * `Secure` but the page came over plain http, or the browser refused the cookie for its own reasons.
 */
export function lostCookieExplanation(configuredUrl: string | undefined, transport: Transport): string {
  const lead = "Your email and password are right, but your browser did not keep the sign-in cookie, so you are not signed in.";
  if (wantsSecureCookies(configuredUrl, transport) && transport.protocol === "http") {
    const configured = configuredOrigin(configuredUrl);
    return `${lead} The cookie is marked secure because the server is set up for ${configured?.origin ?? "https"} (BETTER_AUTH_URL), and this page came over plain http. Open ${configured?.origin ?? "the https address"} instead, or ask the administrator to change BETTER_AUTH_URL to the address you use.`;
  }
  return `${lead} Check that your browser accepts cookies from this site (private windows and privacy extensions can block them), then sign in again.`;
}
