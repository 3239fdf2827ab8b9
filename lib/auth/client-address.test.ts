import { describe, expect, it } from "vitest";
import { behindProxy, clientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress: which address sign-in throttling counts", () => {
  it("ignores X-Forwarded-For unless the operator said the app is behind a proxy", () => {
    const request = headers({ "x-forwarded-for": "203.0.113.9", "x-signpost-peer": "198.51.100.4" });
    expect(clientAddress(request, false)).toBe("198.51.100.4");
  });

  it("behind a proxy, takes only the hop that proxy added (the last), never what the client claimed", () => {
    const request = headers({ "x-forwarded-for": "1.2.3.4, 5.6.7.8, 198.51.100.4", "x-signpost-peer": "10.0.0.2" });
    expect(clientAddress(request, true)).toBe("198.51.100.4");
  });

  it("behind a proxy without X-Forwarded-For, falls back to the connection", () => {
    expect(clientAddress(headers({ "x-signpost-peer": "10.0.0.2" }), true)).toBe("10.0.0.2");
  });

  it("reads an IPv4 address on a dual-stack socket as the IPv4 address", () => {
    expect(clientAddress(headers({ "x-signpost-peer": "::ffff:127.0.0.1" }), false)).toBe("127.0.0.1");
  });

  it("says unknown when nothing names the connection", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), false)).toBe("unknown");
  });

  it.each([
    ["true", true],
    ["1", true],
    ["YES", true],
    ["false", false],
    ["", false],
    [undefined, false],
  ])("SIGNPOST_BEHIND_PROXY=%j → %j", (value, expected) => {
    expect(behindProxy(value)).toBe(expected);
  });
});
