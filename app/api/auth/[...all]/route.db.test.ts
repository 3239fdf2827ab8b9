import { describe, expect, test } from "vitest";
import { useTempDatabase } from "@/tests/support/temp-db";
import { POST } from "./route";

useTempDatabase();

const post = (path: string, body: unknown) =>
  POST(new Request(`http://signpost.test/api/auth/${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://signpost.test" }, body: JSON.stringify(body) }));

describe("better-auth's endpoints", () => {
  test("self sign-up and account changes are not exposed", async () => {
    expect((await post("sign-up/email", { email: "x@example.org", password: "long-enough-1", name: "X" })).status).toBe(404);
    expect((await post("update-user", { name: "Someone else" })).status).toBe(404);
  });

  test("a wrong password is refused", async () => {
    const response = await post("sign-in/email", { email: "nobody@example.org", password: "wrong-password" });
    expect(response.status).toBe(401);
  });
});
