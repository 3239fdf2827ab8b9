import { describe, expect, test } from "vitest";
import type { Role } from "./roles";
import { othersNumbersHidden } from "./independence";

const person = (...roles: Role[]) => ({ id: "u1", name: "U", email: "u@example.org", roles });
const fresh = { ruleOn: true, open: true, hasPredicted: false };

describe("othersNumbersHidden", () => {
  test.each([
    ["an analyst who has not predicted on an open forecast", person("analyst"), fresh, true],
    ["an admin-analyst who has not predicted", person("analyst", "admin"), fresh, true],
    ["an analyst after their first prediction", person("analyst"), { ...fresh, hasPredicted: true }, false],
    ["an analyst once the forecast is past its horizon", person("analyst"), { ...fresh, open: false }, false],
    ["an analyst when an admin switched the rule off", person("analyst"), { ...fresh, ruleOn: false }, false],
    ["a reviewer", person("reviewer"), fresh, false],
    ["a manager who is also an analyst", person("analyst", "manager"), fresh, false],
  ])("%s: hidden %s", (_label, actor, facts, hidden) => {
    expect(othersNumbersHidden(actor, facts)).toBe(hidden);
  });
});
