// Run by durability.test.mjs with tsx: migrates the database the environment names (as `npm start`
// does) and makes the people the test needs, each with a password and an API token. Prints JSON.
import { migrateDatabase, closeDatabase } from "@/server/database/lifecycle";
import { SYSTEM_ACTOR } from "@/server/system-actor";
import { createToken } from "@/server/tokens/create-token";
import { createUser } from "@/server/users/create-user";

const writers = Number(process.argv[2] ?? 16);
const password = "durable-password-1";

async function person(name: string, roles: string[]) {
  const email = `${name.toLowerCase()}@durability.example`;
  const user = await createUser(SYSTEM_ACTOR, { email, name, roles, password }, Date.now());
  const { token } = await createToken(SYSTEM_ACTOR, { name: "durability", ownerId: user.id }, Date.now());
  return { id: user.id, email, password, token };
}

async function main() {
  await migrateDatabase();
  const admin = await person("Admin", ["admin", "analyst"]);
  const analysts = [];
  for (let i = 0; i < writers; i += 1) analysts.push(await person(`Writer${i}`, ["analyst"]));
  await closeDatabase();
  console.log(JSON.stringify({ admin, analysts }));
}

void main();
