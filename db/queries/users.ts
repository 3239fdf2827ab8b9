import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Role } from "@/lib/auth/roles";
import type { Conn } from "../client";
import { account, team, teamMember, user, userRole } from "../schema";

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  hasPassword: boolean;
  createdAt: number;
}

export function countUsers(db: Conn): number {
  return db.select({ n: sql<number>`count(*)` }).from(user).get()?.n ?? 0;
}

export function findUserIdByEmail(db: Conn, email: string): string | null {
  return db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase())).get()?.id ?? null;
}

export function rolesOf(db: Conn, userId: string): Role[] {
  return db.select({ role: userRole.role }).from(userRole).where(eq(userRole.userId, userId)).all().map((row) => row.role);
}

export function getUser(db: Conn, userId: string): UserRecord | null {
  const row = db.select().from(user).where(eq(user.id, userId)).get();
  if (!row) return null;
  return toRecord(row, rolesOf(db, userId), hasPassword(db, userId));
}

function hasPassword(db: Conn, userId: string): boolean {
  return Boolean(db.select({ id: account.id }).from(account).where(eq(account.userId, userId)).get());
}

export function listUsers(db: Conn): UserRecord[] {
  const rows = db.select().from(user).orderBy(asc(user.name)).all();
  const roles = db.select().from(userRole).all();
  const withPassword = new Set(db.select({ userId: account.userId }).from(account).all().map((row) => row.userId));
  return rows.map((row) =>
    toRecord(row, roles.filter((r) => r.userId === row.id).map((r) => r.role), withPassword.has(row.id)),
  );
}

export function namesOf(db: Conn, ids: string[]): Map<string, { name: string; email: string }> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: user.id, name: user.name, email: user.email }).from(user).where(inArray(user.id, ids)).all();
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
}

export interface NewUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  passwordHash: string | null;
  at: number;
}

export function insertUser(db: Conn, input: NewUser): void {
  const at = new Date(input.at);
  db.insert(user).values({ id: input.id, name: input.name, email: input.email.toLowerCase(), emailVerified: false, createdAt: at, updatedAt: at }).run();
  for (const role of input.roles) db.insert(userRole).values({ userId: input.id, role }).run();
  if (input.passwordHash) {
    db.insert(account)
      .values({ id: crypto.randomUUID(), accountId: input.id, providerId: "credential", userId: input.id, password: input.passwordHash, createdAt: at, updatedAt: at })
      .run();
  }
}

export function replaceRoles(db: Conn, userId: string, roles: Role[]): void {
  db.delete(userRole).where(eq(userRole.userId, userId)).run();
  for (const role of roles) db.insert(userRole).values({ userId, role }).run();
}

export function setPasswordHash(db: Conn, userId: string, passwordHash: string, at: number): void {
  const existing = db.select({ id: account.id }).from(account).where(eq(account.userId, userId)).get();
  if (existing) {
    db.update(account).set({ password: passwordHash, updatedAt: new Date(at) }).where(eq(account.id, existing.id)).run();
  } else {
    db.insert(account)
      .values({ id: crypto.randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash, createdAt: new Date(at), updatedAt: new Date(at) })
      .run();
  }
}

export function teamsOf(db: Conn, userId: string): { id: string; name: string }[] {
  return db
    .select({ id: team.id, name: team.name })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(eq(teamMember.userId, userId))
    .all();
}

export function listTeams(db: Conn): { id: string; name: string }[] {
  return db.select({ id: team.id, name: team.name }).from(team).orderBy(asc(team.name)).all();
}

export function teamExists(db: Conn, teamId: string): boolean {
  return Boolean(db.select({ id: team.id }).from(team).where(eq(team.id, teamId)).get());
}

function toRecord(row: typeof user.$inferSelect, roles: Role[], withPassword: boolean): UserRecord {
  return { id: row.id, name: row.name, email: row.email, roles, hasPassword: withPassword, createdAt: row.createdAt.getTime() };
}
