import "server-only";
import { getDb } from "@/db/client";
import { findUserIdByEmail } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";

/** An account's id from its e-mail, for operators (the CLI) who name people by address. */
export async function userIdByEmail(actor: Actor, email: string): Promise<string> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can look people up by e-mail.");
  const id = await findUserIdByEmail(getDb(), email);
  if (!id) throw new NotFound(`A user with the email ${email}`);
  return id;
}
