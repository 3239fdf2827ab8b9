import "server-only";
import { getDb } from "@/db/client";
import { writeSettingOnce } from "@/db/queries/settings";
import { listUsers } from "@/db/queries/users";
import { composeDigest } from "@/lib/digest/compose";
import { isoDay } from "@/lib/format/dates";
import { readInbox } from "../inbox/inbox";
import { sendMail, type SmtpSettings } from "./smtp";

export interface DigestSettings extends SmtpSettings {
  baseUrl: string;
  /** The UTC hour from which the day's digest goes out. */
  hour: number;
}

/** The digest is off unless SIGNPOST_SMTP_HOST is set (SIGNPOST_SMTP_PORT, SIGNPOST_SMTP_FROM, SIGNPOST_DIGEST_HOUR, SIGNPOST_PUBLIC_URL). */
export function digestSettings(env: Record<string, string | undefined> = process.env): DigestSettings | null {
  if (!env.SIGNPOST_SMTP_HOST) return null;
  return {
    host: env.SIGNPOST_SMTP_HOST,
    port: Number(env.SIGNPOST_SMTP_PORT ?? 25),
    from: env.SIGNPOST_SMTP_FROM ?? "signpost@localhost",
    baseUrl: env.SIGNPOST_PUBLIC_URL ?? env.BETTER_AUTH_URL ?? "http://localhost:3000",
    hour: Number(env.SIGNPOST_DIGEST_HOUR ?? 7),
  };
}

/**
 * Sends each active person their unread inbox, once a day. The day is claimed in the database
 * first, so of several app instances (or a cron job beside them) only one sends it.
 */
export async function sendDigests(now: number, settings: DigestSettings | null = digestSettings()): Promise<{ sent: number; day: string } | null> {
  if (!settings || new Date(now).getUTCHours() < settings.hour) return null;
  const day = isoDay(now);
  const db = getDb();
  const claim = `${process.pid}:${now}`;
  if ((await writeSettingOnce(db, `digest_sent:${day}`, claim)) !== claim) return null;
  let sent = 0;
  for (const person of await listUsers(db)) {
    if (person.deactivatedAt !== null || person.roles.length === 0) continue;
    const actor = { id: person.id, name: person.name, email: person.email, roles: person.roles };
    const inbox = await readInbox(actor, { unread: true, limit: 50 }, now);
    if (inbox.items.length === 0) continue;
    const mail = composeDigest(person.name, inbox.items, settings.baseUrl, day);
    try {
      await sendMail(settings, { to: person.email, ...mail });
      sent += 1;
    } catch (error) {
      // One bad address or a relay hiccup must not stop everyone else's digest.
      console.error(`Digest to ${person.email} not sent:`, error);
    }
  }
  return { sent, day };
}
