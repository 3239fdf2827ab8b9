"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/app/_actions/change-password";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { countOf } from "@/lib/format/plural";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/change-password";

const EMPTY: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** The signed-in person's own password: the current one, then the new one twice. */
export function PasswordForm() {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: ChangePasswordInput) {
    setMessage(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors);
      for (const [field, text] of fields) form.setError(field as keyof ChangePasswordInput, { message: text });
      // The field says what is wrong; a banner is for what belongs to no field.
      if (fields.length === 0) setMessage({ tone: "error", text: result.message });
      return;
    }
    form.reset(EMPTY);
    const { endedSessions } = result.data;
    setMessage({
      tone: "success",
      text: `Your password is changed. ${endedSessions === 0 ? "You were signed in nowhere else." : `${countOf(endedSessions, "other session")} signed in as you ended; those browsers must sign in again.`} Your API tokens still work.`,
    });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex max-w-md flex-col gap-3" aria-label="Change your password">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Current password" error={errors.currentPassword?.message}>
        {(p) => <input {...p} {...form.register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field label="New password" error={errors.newPassword?.message} hint="At least 8 characters.">
        {(p) => <input {...p} {...form.register("newPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field label="New password again" error={errors.confirmPassword?.message}>
        {(p) => <input {...p} {...form.register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Changing…" : "Change password"}</Button>
      </div>
    </form>
  );
}
