import "server-only";
import { count, desc, eq, isNotNull } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, report } from "../schema";
import { first } from "./first";

export function findReportRow(db: Conn, id: string) {
  return first(db.select().from(report).where(eq(report.id, id)).limit(1));
}

export async function insertReport(db: Conn, row: typeof report.$inferInsert): Promise<void> {
  await db.insert(report).values(row);
}

export async function listReportRows(db: Conn) {
  return db.select().from(report).orderBy(desc(report.publishedAt), desc(report.createdAt));
}

export async function forecastCountsByReport(db: Conn): Promise<Map<string, number>> {
  const rows = await db.select({ reportId: forecast.reportId, n: count() }).from(forecast).where(isNotNull(forecast.reportId)).groupBy(forecast.reportId);
  return new Map(rows.map((r) => [r.reportId!, r.n]));
}
