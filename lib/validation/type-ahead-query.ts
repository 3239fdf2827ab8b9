import { z } from "zod";

/** Query of the type-ahead routes (GET /api/v1/people, GET /api/v1/tags): the start of a word as typed. */
export const typeAheadQuerySchema = z.object({
  q: z.string().trim().max(200, "must be at most 200 characters").default(""),
  limit: z.coerce.number({ error: "must be a whole number from 1 to 50" }).int("must be a whole number from 1 to 50").min(1, "must be at least 1").max(50, "must be at most 50").default(10),
});
