import { beforeAll, describe, expect, test } from "vitest";
import { readScale } from "@/db/queries/scale";
import { persona, type Persona } from "@/tests/support/people";
import { useTempDatabase } from "@/tests/support/temp-db";
import { setScale } from "./set-scale";

useTempDatabase();

let root: Persona;
let ada: Persona;

beforeAll(async () => {
  root = await persona("Root", "admin");
  ada = await persona("Ada", "analyst");
});

describe("the estimative scale", () => {
  test("is ICD 203 until an admin switches it to PHIA", () => {
    expect(readScale()).toBe("icd203");
    setScale(root.actor, "phia", Date.now());
    expect(readScale()).toBe("phia");
  });

  test("an analyst may not switch it, and it stays", () => {
    expect(() => setScale(ada.actor, "icd203", Date.now())).toThrow(expect.objectContaining({ status: 403 }));
    expect(readScale()).toBe("phia");
  });

  test("an unknown scale names the field", () => {
    expect(() => setScale(root.actor, "kent", Date.now())).toThrow(expect.objectContaining({ status: 422, details: [expect.objectContaining({ field: "scale" })] }));
  });
});
