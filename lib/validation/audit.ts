import { z } from "zod";
import { pageCursor, pageLimit } from "./common";

/** GET /api/v1/audit */
export const auditQuerySchema = z.object({
  entity: z.string().trim().min(1).max(50).optional(),
  actorId: z.string().min(1).max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be an ISO date or date-time" }).optional(),
  to: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be an ISO date or date-time" }).optional(),
  limit: pageLimit,
  cursor: pageCursor,
});
export type AuditQueryInput = z.output<typeof auditQuerySchema>;

/** The audit page adds `actor`: words of the name or email of who acted, from its type-ahead. */
export const auditPageQuerySchema = auditQuerySchema.extend({
  actor: z.string().trim().max(200, "must be at most 200 characters").optional(),
});
export type AuditPageQueryInput = z.output<typeof auditPageQuerySchema>;
