import "server-only";
import type { Conn } from "@/db/client";
import { participantsOf, tellPeople } from "@/db/queries/inbox";
import type { Actor } from "@/lib/auth/policy";

/**
 * What happened to a forecast, told to everyone who takes part in it but the person who did it.
 * Called inside the use case's transaction, so the inbox and the change land together.
 */
export async function tellParticipants(tx: Conn, actor: Actor, forecast: { id: string }, kind: string, text: string, now: number): Promise<void> {
  const others = (await participantsOf(tx, forecast.id)).filter((id) => id !== actor.id);
  await tellPeople(tx, others, { kind, forecastId: forecast.id, at: now, text });
}

export const predictionNews = (actor: Actor, forecast: { title: string }) => `${actor.name} made a new prediction on “${forecast.title}”.`;

export const resolutionNews = (forecast: { title: string }, annulled: boolean) =>
  annulled ? `“${forecast.title}” was annulled: it will not be scored.` : `“${forecast.title}” was resolved: see the outcome and your scores.`;
