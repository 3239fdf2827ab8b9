"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/http/run-action";
import { setIndependenceRule } from "@/server/settings/set-independence";
import { setScale } from "@/server/settings/set-scale";
import { createUser } from "@/server/users/create-user";
import { deactivateUser } from "@/server/users/deactivate-user";
import { reactivateUser } from "@/server/users/reactivate-user";
import { setPassword } from "@/server/users/set-password";
import { setRoles } from "@/server/users/set-roles";

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor, now) => ({ id: (await createUser(actor, input, now)).id }));
  revalidatePath("/admin/users");
  return result;
}

export async function setRolesAction(userId: string, roles: string[]): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setRoles(actor, userId, { roles }, now);
    return undefined;
  });
  revalidatePath("/admin/users");
  return result;
}

export async function setScaleAction(scale: string): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setScale(actor, scale, now);
    return undefined;
  });
  revalidatePath("/", "layout");
  return result;
}

export async function setIndependenceAction(on: boolean): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setIndependenceRule(actor, on, now);
    return undefined;
  });
  revalidatePath("/", "layout");
  return result;
}

export async function setPasswordAction(userId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await setPassword(actor, userId, input, now);
    return undefined;
  });
  revalidatePath("/admin/users");
  return result;
}

export async function deactivateUserAction(userId: string): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await deactivateUser(actor, userId, now);
    return undefined;
  });
  revalidatePath("/admin/users");
  return result;
}

export async function reactivateUserAction(userId: string): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await reactivateUser(actor, userId, now);
    return undefined;
  });
  revalidatePath("/admin/users");
  return result;
}
