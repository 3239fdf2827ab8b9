import { redirect } from "next/navigation";
import { requirePageActor } from "@/server/page-guard";

export const dynamic = "force-dynamic";

export default async function Home() {
  await requirePageActor("/forecasts");
  redirect("/forecasts");
}
