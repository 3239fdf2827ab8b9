"use server";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { createReport } from "@/server/reports/create-report";

export async function createReportAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor, now) => ({ id: (await createReport(actor, input, now)).id }));
}
