import { z } from "zod";

/** GET /api/v1/audit */
export const auditQuerySchema = z.object({
  entity: z.string().trim().min(1).max(50).optional(),
  actorId: z.string().min(1).max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be an ISO date or date-time" }).optional(),
  to: z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be an ISO date or date-time" }).optional(),
  limit: z.coerce.number({ error: "must be a whole number from 1 to 200" }).int("must be a whole number from 1 to 200").min(1, "must be at least 1").max(200, "must be at most 200").default(50),
  cursor: z.string().max(200).optional(),
});
export type AuditQueryInput = z.output<typeof auditQuerySchema>;

/** The audit page adds `actor`: words of the name or email of who acted, from its type-ahead. */
export const auditPageQuerySchema = auditQuerySchema.extend({
  actor: z.string().trim().max(200, "must be at most 200 characters").optional(),
});
export type AuditPageQueryInput = z.output<typeof auditPageQuerySchema>;
