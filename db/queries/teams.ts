import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Conn } from "../client";
import { team, teamMember, user } from "../schema";
import { first } from "./first";

export async function insertTeam(db: Conn, row: typeof team.$inferInsert): Promise<void> {
  await db.insert(team).values(row);
}

export function findTeamByName(db: Conn, name: string) {
  return first(db.select().from(team).where(eq(team.name, name)).limit(1));
}

export async function isMember(db: Conn, teamId: string, userId: string): Promise<boolean> {
  const row = await first(db.select({ teamId: teamMember.teamId }).from(teamMember).where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, userId))).limit(1));
  return row !== null;
}

export async function addMember(db: Conn, teamId: string, userId: string): Promise<void> {
  await db.insert(teamMember).values({ teamId, userId });
}

export async function removeMember(db: Conn, teamId: string, userId: string): Promise<void> {
  await db.delete(teamMember).where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, userId)));
}

/** Every team with its members, by name. */
export async function teamsWithMembers(db: Conn) {
  const teams = await db.select().from(team).orderBy(asc(team.name));
  const members = await db
    .select({ teamId: teamMember.teamId, id: user.id, name: user.name, email: user.email })
    .from(teamMember)
    .innerJoin(user, eq(user.id, teamMember.userId))
    .orderBy(asc(user.name));
  return teams.map((t) => ({ id: t.id, name: t.name, staleDays: t.staleDays, members: members.filter((m) => m.teamId === t.id).map(({ id, name, email }) => ({ id, name, email })) }));
}

/** How old a standing prediction may get before its analyst is reminded (the team's setting). */
export async function updateStaleDays(db: Conn, teamId: string, staleDays: number): Promise<{ before: number } | null> {
  const [row] = await db.select({ staleDays: team.staleDays }).from(team).where(eq(team.id, teamId)).limit(1);
  if (!row) return null;
  await db.update(team).set({ staleDays }).where(eq(team.id, teamId));
  return { before: row.staleDays };
}

export async function teamMemberIds(db: Conn, teamId: string): Promise<string[]> {
  const rows = await db.select({ userId: teamMember.userId }).from(teamMember).where(eq(teamMember.teamId, teamId));
  return rows.map((row) => row.userId);
}
