import "server-only";
import type { ReportRow } from "@/db/schema";
import { toIso } from "@/lib/format/dates";

export interface ReportDto {
  id: string;
  title: string;
  authors: string;
  publishedAt: string;
  url: string | null;
  body: string;
  createdBy: string;
  createdAt: string;
}

export function toReportDto(row: ReportRow): ReportDto {
  return { id: row.id, title: row.title, authors: row.authors, publishedAt: row.publishedAt, url: row.url, body: row.body, createdBy: row.createdBy, createdAt: toIso(row.createdAt) };
}
