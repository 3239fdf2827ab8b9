import { describe, expect, test } from "vitest";
import type { Role } from "./roles";
import {
  canAddIndicator,
  canCreateForecast,
  canManageTeams,
  canManageUsers,
  canReadScoresOf,
  hasConflictOfInterest,
  type Actor,
} from "./policy";

const person = (id: string, ...roles: Role[]): Actor => ({ id, name: id, email: `${id}@example.org`, roles });

describe("roles add up and none implies another", () => {
  test.each([
    ["analyst", person("a", "analyst"), true],
    ["reviewer only", person("r", "reviewer"), false],
    ["admin only", person("x", "admin"), false],
    ["admin who also forecasts", person("x", "admin", "analyst"), true],
  ])("%s may create a forecast: %s", (_label, actor, expected) => {
    expect(canCreateForecast(actor)).toBe(expected);
  });

  test("only admins manage users; managers and admins manage teams", () => {
    expect(canManageUsers(person("m", "manager"))).toBe(false);
    expect(canManageUsers(person("x", "admin"))).toBe(true);
    expect(canManageTeams(person("m", "manager"))).toBe(true);
    expect(canManageTeams(person("a", "analyst"))).toBe(false);
  });
});

describe("indicators belong to the forecast's author", () => {
  test("the author may add them, another analyst may not", () => {
    expect(canAddIndicator(person("ada", "analyst"), { authorId: "ada" })).toBe(true);
    expect(canAddIndicator(person("bab", "analyst"), { authorId: "ada" })).toBe(false);
  });
  test("an author who lost the analyst role may not", () => {
    expect(canAddIndicator(person("ada", "reviewer"), { authorId: "ada" })).toBe(false);
  });
});

describe("scores of another analyst", () => {
  test("an analyst reads only their own", () => {
    const ada = person("ada", "analyst");
    expect(canReadScoresOf(ada, "ada")).toBe(true);
    expect(canReadScoresOf(ada, "bab")).toBe(false);
  });
  test("reviewers and managers read anyone's", () => {
    expect(canReadScoresOf(person("r", "reviewer"), "bab")).toBe(true);
    expect(canReadScoresOf(person("m", "manager"), "bab")).toBe(true);
  });
});

describe("conflict of interest", () => {
  const reviewer = person("rev", "reviewer", "analyst");
  test("the author has one", () => {
    expect(hasConflictOfInterest(reviewer, { authorId: "rev" }, [])).toBe(true);
  });
  test("anyone who predicted has one", () => {
    expect(hasConflictOfInterest(reviewer, { authorId: "ada" }, ["ada", "rev"])).toBe(true);
  });
  test("a bystander has none", () => {
    expect(hasConflictOfInterest(reviewer, { authorId: "ada" }, ["ada", "bab"])).toBe(false);
  });
});
