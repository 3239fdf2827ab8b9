import "server-only";
import { desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, report } from "../schema";

export function findReportRow(db: Conn, id: string) {
  return db.select().from(report).where(eq(report.id, id)).get() ?? null;
}

export function insertReport(db: Conn, row: typeof report.$inferInsert): void {
  db.insert(report).values(row).run();
}

export function listReportRows(db: Conn) {
  return db.select().from(report).orderBy(desc(report.publishedAt), desc(report.createdAt)).all();
}

export function forecastCountsByReport(db: Conn): Map<string, number> {
  const rows = db.select({ reportId: forecast.reportId, n: sql<number>`count(*)` }).from(forecast).where(isNotNull(forecast.reportId)).groupBy(forecast.reportId).all();
  return new Map(rows.map((r) => [r.reportId!, r.n]));
}
