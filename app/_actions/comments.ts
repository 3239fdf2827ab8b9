"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { addComment } from "@/server/comments/add-comment";
import { editComment } from "@/server/comments/edit-comment";
import { runAction } from "@/server/http/run-action";

export async function addCommentAction(forecastId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await addComment(actor, forecastId, input, now);
    return undefined;
  });
  if (result.ok) revalidatePath(`/forecasts/${forecastId}`);
  return result;
}

export async function editCommentAction(forecastId: string, commentId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async (actor, now) => {
    await editComment(actor, forecastId, commentId, input, now);
    return undefined;
  });
  if (result.ok) revalidatePath(`/forecasts/${forecastId}`);
  return result;
}
