import { z } from "zod";
import { idString, text } from "./common";

export const createTeamSchema = z.object({ name: text({ min: 1, max: 80 }) });
export const staleDaysSchema = z.object({
  teamId: idString,
  staleDays: z.coerce.number({ error: "must be a whole number of days" }).int("must be a whole number of days").min(1, "must be at least 1 day").max(365, "must be at most 365 days"),
});
export const teamMemberSchema = z.object({ teamId: idString, userId: idString });
