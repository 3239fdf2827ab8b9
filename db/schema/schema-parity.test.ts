import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, test } from "vitest";
import * as pgSchema from "./pg";
import * as sqliteSchema from "./sqlite";

type AnyConfig = ReturnType<typeof pgConfig> | ReturnType<typeof sqliteConfig>;

/** A dialect-free description of a table: what the two schemas must agree on. */
function describeTable(config: AnyConfig) {
  const columnNames = (columns: { name: string }[]) => columns.map((c) => c.name);
  return {
    name: config.name,
    columns: config.columns.map((c) => ({ name: c.name, notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, isUnique: c.isUnique })).sort((a, b) => a.name.localeCompare(b.name)),
    primaryKeys: config.primaryKeys.map((pk) => columnNames(pk.columns)),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return { columns: columnNames(ref.columns), to: ref.foreignTable[Symbol.for("drizzle:Name") as never] as string, foreignColumns: columnNames(ref.foreignColumns), onDelete: fk.onDelete ?? "no action" };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    indexes: config.indexes
      .map((i) => ({ name: i.config.name ?? "", unique: i.config.unique, partial: i.config.where !== undefined, columns: i.config.columns.map((c) => (c as { name: string }).name) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    uniques: config.uniqueConstraints.map((u) => ({ name: u.name ?? "", columns: columnNames(u.columns) })).sort((a, b) => a.name.localeCompare(b.name)),
    checks: config.checks.map((c) => c.name).sort(),
  };
}

const tablesOf = <T>(schema: Record<string, unknown>, isTable: (value: unknown) => value is T) =>
  Object.entries(schema).filter((entry): entry is [string, T] => isTable(entry[1]));

const sqliteTables = tablesOf(sqliteSchema, (v): v is SQLiteTable => v instanceof SQLiteTable);
const pgTables = tablesOf(pgSchema, (v): v is PgTable => v instanceof PgTable);

describe("the SQLite and PostgreSQL schemas describe the same database", () => {
  test("the same tables under the same export names", () => {
    expect(pgTables.map(([key]) => key).sort()).toEqual(sqliteTables.map(([key]) => key).sort());
    expect(sqliteTables.length).toBeGreaterThan(15);
  });

  test.each(sqliteTables.map(([key]) => key))("%s: same columns, keys, foreign keys, indexes and checks", (key) => {
    const sqliteTable = sqliteTables.find(([k]) => k === key)![1];
    const pgTable = pgTables.find(([k]) => k === key)![1];
    expect(describeTable(pgConfig(pgTable))).toEqual(describeTable(sqliteConfig(sqliteTable)));
  });

  test("the rules that must never break are in both: one baseline, tenths 1–999, LR > 1, annulled or an outcome", () => {
    const scenario = describeTable(pgConfig(pgSchema.scenario));
    expect(scenario.indexes).toContainEqual({ name: "scenario_one_baseline_idx", unique: true, partial: true, columns: ["forecast_id"] });
    expect(describeTable(pgConfig(pgSchema.predictionProbability)).checks).toEqual(["prediction_probability_tenths_range"]);
    expect(describeTable(sqliteConfig(sqliteSchema.indicator)).checks).toEqual(["indicator_likelihood_ratio_above_one"]);
    expect(describeTable(sqliteConfig(sqliteSchema.resolution)).checks).toEqual(["resolution_annulled_or_outcome"]);
  });
});
