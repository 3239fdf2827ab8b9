import "server-only";
import { hashPassword } from "better-auth/crypto";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { countUsers, insertUser } from "@/db/queries/users";
import type { Role } from "@/lib/auth/roles";
import { Conflict } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { setupSchema } from "@/lib/validation/user";
import { loadExampleWorkspace } from "../example/load-example";

export async function needsSetup(): Promise<boolean> {
  return (await countUsers(getDb())) === 0;
}

/** The first visit to an empty installation: creates the first admin, optionally with the example workspace. */
export async function completeSetup(rawInput: unknown, now: number): Promise<{ userId: string; email: string }> {
  const input = parseOrThrow(setupSchema, rawInput);
  if (!(await needsSetup())) throw new Conflict("conflict", "Signpost is already set up: sign in instead.");
  const passwordHash = await hashPassword(input.password);
  const roles: Role[] = input.alsoAnalyst ? ["admin", "analyst"] : ["admin"];
  const userId = crypto.randomUUID();
  await withTransaction(async (tx) => {
    // Checked again inside the transaction: two first visitors must not both become admin.
    if ((await countUsers(tx)) > 0) throw new Conflict("conflict", "Signpost is already set up: sign in instead.");
    await insertUser(tx, { id: userId, name: input.name, email: input.email, roles, passwordHash, at: now });
    await writeAudit(tx, { at: now, actorId: userId, action: "setup.complete", entity: "user", entityId: userId, after: { email: input.email, roles } });
  });
  if (input.loadExample) {
    await loadExampleWorkspace({ id: userId, name: input.name, email: input.email, roles }, now);
  }
  return { userId, email: input.email };
}
