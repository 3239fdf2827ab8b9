import "server-only";
import { getDb } from "@/db/client";
import { listUsers as listUserRows } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Forbidden } from "@/lib/errors";

export async function listUsers(actor: Actor) {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can list users.");
  return listUserRows(getDb());
}
