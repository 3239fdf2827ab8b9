import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";

export interface Persona {
  actor: Actor;
  token: string;
}

/** A real user with a real API token, made through the same use cases as the admin page. */
export async function persona(name: string, ...roles: Role[]): Promise<Persona> {
  const email = `${name.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const created = await createUser(SYSTEM_ACTOR, { email, name, roles }, Date.now());
  const { token } = await createToken(SYSTEM_ACTOR, { name: "tests", ownerId: created.id }, Date.now());
  const user = (await getUser(getDb(), created.id))!;
  return { actor: { id: user.id, name: user.name, email: user.email, roles: user.roles }, token };
}
