import { describe, expect, test } from "vitest";
import { authAddressProblem, lostCookieExplanation, transportOf, wantsSecureCookies, type Transport } from "./transport";

const headers = (values: Record<string, string | undefined>) => new Headers(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
const lan: Transport = { protocol: "http", host: "192.168.1.20:3000" };
const https: Transport = { protocol: "https", host: "signpost.example.org" };

describe("how a request came in", () => {
  test.each([
    { label: "plain http on a LAN address", given: { host: "192.168.1.20:3000", "x-forwarded-proto": "http" }, want: lan },
    { label: "a proxy that terminates TLS", given: { host: "127.0.0.1:3000", "x-forwarded-host": "signpost.example.org", "x-forwarded-proto": "https" }, want: https },
    { label: "a chain of proxies: the browser's hop first", given: { host: "a:1", "x-forwarded-host": "Signpost.Example.org, inner:3000", "x-forwarded-proto": "https, http" }, want: https },
    { label: "no forwarded headers at all", given: { host: "localhost:3000" }, want: { protocol: "http", host: "localhost:3000" } },
  ])("$label", ({ given, want }) => {
    expect(transportOf(headers(given))).toEqual(want);
  });
});

describe("Secure cookies exactly when https is involved", () => {
  test.each([
    { label: "http on a LAN, nothing configured", url: undefined, transport: lan, secure: false },
    { label: "https request, nothing configured", url: undefined, transport: https, secure: true },
    { label: "https configured, even over http", url: "https://signpost.example.org", transport: lan, secure: true },
    { label: "http configured, request over https behind a proxy", url: "http://signpost.lan:3000", transport: https, secure: true },
    { label: "http configured and used", url: "http://192.168.1.20:3000", transport: lan, secure: false },
    { label: "no request known (scripts, tests)", url: undefined, transport: null, secure: false },
  ])("$label", ({ url, transport, secure }) => {
    expect(wantsSecureCookies(url, transport)).toBe(secure);
  });
});

describe("a misconfigured public address is named on the sign-in page", () => {
  test("nothing configured, or the very address used: no problem", () => {
    expect(authAddressProblem(undefined, lan)).toBeNull();
    expect(authAddressProblem("http://192.168.1.20:3000", lan)).toBeNull();
    expect(authAddressProblem("https://signpost.example.org/", https)).toBeNull();
    expect(authAddressProblem("https://signpost.example.org", { protocol: "https", host: "signpost.example.org:443" })).toBeNull();
  });

  test("https configured, page opened over http", () => {
    const problem = authAddressProblem("https://signpost.example.org", { protocol: "http", host: "signpost.example.org" });
    expect(problem).toContain("opened over plain http (http://signpost.example.org)");
    expect(problem).toContain("Open https://signpost.example.org instead");
  });

  test("another host than the configured one", () => {
    expect(authAddressProblem("http://signpost.lan:3000", lan)).toContain("opened at http://192.168.1.20:3000, but the server is set up for http://signpost.lan:3000");
  });

  test("not a URL", () => {
    expect(authAddressProblem("signpost.lan", lan)).toContain("is not a web address");
  });
});

describe("a correct sign-in whose cookie did not stick says why", () => {
  test("a secure cookie over plain http names the setting", () => {
    expect(lostCookieExplanation("https://signpost.example.org", lan)).toMatch(/did not keep the sign-in cookie.*marked secure.*Open https:\/\/signpost\.example\.org instead/);
  });

  test("otherwise the browser refused it", () => {
    expect(lostCookieExplanation(undefined, lan)).toMatch(/did not keep the sign-in cookie.*accepts cookies/);
  });
});
