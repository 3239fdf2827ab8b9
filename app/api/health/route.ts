import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return checkDatabase() ? Response.json({ status: "ok" }) : Response.json({ status: "unavailable" }, { status: 503 });
}
