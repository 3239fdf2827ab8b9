import { z } from "zod";
import { idString, text } from "./common";

export const createTeamSchema = z.object({ name: text({ min: 1, max: 80 }) });
export const teamMemberSchema = z.object({ teamId: idString, userId: idString });
