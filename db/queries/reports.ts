import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Conn } from "../client";
import { report } from "../schema";

export function findReportRow(db: Conn, id: string) {
  return db.select().from(report).where(eq(report.id, id)).get() ?? null;
}

export function insertReport(db: Conn, row: typeof report.$inferInsert): void {
  db.insert(report).values(row).run();
}

export function listReportRows(db: Conn) {
  return db.select().from(report).orderBy(desc(report.publishedAt), desc(report.createdAt)).all();
}
