import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertReport } from "@/db/queries/reports";
import { canCreateReport, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { createReportSchema } from "@/lib/validation/report";
import { auditActorId } from "../system-actor";
import { toReportDto, type ReportDto } from "./report-dto";

export async function createReport(actor: Actor, rawInput: unknown, now: number): Promise<ReportDto> {
  if (!canCreateReport(actor)) throw new Forbidden("Only analysts can add reports.");
  const input = parseOrThrow(createReportSchema, rawInput);
  const row = { id: crypto.randomUUID(), ...input, createdBy: actor.id, createdAt: now };
  await withTransaction(async (tx) => {
    await insertReport(tx, row);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "report.create", entity: "report", entityId: row.id, after: { ...input, body: `${input.body.length} characters` } });
  });
  return toReportDto(row);
}
