import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
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
  test("is ICD 203 until an admin switches it to PHIA", async () => {
    expect(await readScale(getDb())).toBe("icd203");
    await setScale(root.actor, "phia", Date.now());
    expect(await readScale(getDb())).toBe("phia");
  });

  test("an analyst may not switch it, and it stays", async () => {
    await expect(setScale(ada.actor, "icd203", Date.now())).rejects.toMatchObject({ status: 403 });
    expect(await readScale(getDb())).toBe("phia");
  });

  test("an unknown scale names the field", async () => {
    await expect(setScale(root.actor, "kent", Date.now())).rejects.toMatchObject({ status: 422, details: [expect.objectContaining({ field: "scale" })] });
  });
});
