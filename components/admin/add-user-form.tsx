"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction } from "@/app/_actions/admin";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ROLES, ROLE_DESCRIPTIONS } from "@/lib/auth/roles";
import { createUserSchema } from "@/lib/validation/user";

type Values = z.input<typeof createUserSchema>;

export function AddUserForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(createUserSchema), defaultValues: { email: "", name: "", roles: ["analyst"], password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    const result = await createUserAction({ ...values, password: values.password || undefined });
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as keyof Values, { message: text });
      return;
    }
    setMessage({
      tone: "success",
      text: values.password
        ? `${values.name} can now sign in with ${values.email}.`
        : `${values.name} was added without a password: they can be credited with forecasts but cannot sign in yet.`,
    });
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3" aria-label="Add a user">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Name" error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} className={inputClass} />}
      </Field>
      <Field label="Email" error={errors.email?.message}>
        {(p) => <input {...p} {...form.register("email")} type="email" className={inputClass} />}
      </Field>
      <Field label="Password" error={errors.password?.message} hint="At least 8 characters. Leave empty for an account that cannot sign in yet.">
        {(p) => <input {...p} {...form.register("password", { setValueAs: (v: string) => (v === "" ? undefined : v) })} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <fieldset>
        <legend className="font-semibold">Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-start gap-2">
            <input type="checkbox" value={role} {...form.register("roles")} className="mt-1" />
            <span>
              {role} <span className="text-sm text-muted">— {ROLE_DESCRIPTIONS[role]}</span>
            </span>
          </label>
        ))}
        {errors.roles && <p role="alert" className="text-sm font-semibold text-overtaken">{errors.roles.message}</p>}
      </fieldset>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Adding…" : "Add user"}</Button>
      </div>
    </form>
  );
}
