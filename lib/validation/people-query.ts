import { z } from "zod";

/** Query of GET /api/v1/people: the start of a name or email, as typed in a type-ahead. */
export const peopleQuerySchema = z.object({
  q: z.string().trim().min(1, "type at least one character").max(200, "must be at most 200 characters"),
});
