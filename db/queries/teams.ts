import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Conn } from "../client";
import { team, teamMember, user } from "../schema";

export function insertTeam(db: Conn, row: typeof team.$inferInsert): void {
  db.insert(team).values(row).run();
}

export function findTeamByName(db: Conn, name: string) {
  return db.select().from(team).where(eq(team.name, name)).get() ?? null;
}

export function isMember(db: Conn, teamId: string, userId: string): boolean {
  return Boolean(db.select({ teamId: teamMember.teamId }).from(teamMember).where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, userId))).get());
}

export function addMember(db: Conn, teamId: string, userId: string): void {
  db.insert(teamMember).values({ teamId, userId }).run();
}

export function removeMember(db: Conn, teamId: string, userId: string): void {
  db.delete(teamMember).where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, userId))).run();
}

/** Every team with its members, by name. */
export function teamsWithMembers(db: Conn) {
  const teams = db.select().from(team).orderBy(asc(team.name)).all();
  const members = db
    .select({ teamId: teamMember.teamId, id: user.id, name: user.name, email: user.email })
    .from(teamMember)
    .innerJoin(user, eq(user.id, teamMember.userId))
    .orderBy(asc(user.name))
    .all();
  return teams.map((t) => ({ id: t.id, name: t.name, members: members.filter((m) => m.teamId === t.id).map(({ id, name, email }) => ({ id, name, email })) }));
}
