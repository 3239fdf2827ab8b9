import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return (await checkDatabase()) ? Response.json({ status: "ok" }) : Response.json({ status: "unavailable" }, { status: 503 });
}
