"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { confirmSignIn } from "@/app/_actions/confirm-sign-in";
import { signIn } from "@/app/_actions/sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInSchema } from "@/lib/validation/user";

type Values = z.input<typeof signInSchema>;

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    setFailure(null);
    const result = await signIn(values);
    if (!result.ok) {
      setFailure(result.message);
      return;
    }
    // The password was right; make sure the browser kept the cookie before moving on, so that a
    // refused cookie is explained here instead of bouncing back to this form without a word.
    const check = await confirmSignIn();
    if (!check.signedIn) {
      setFailure(check.message);
      return;
    }
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4 rounded border border-line bg-white p-6">
      {failure && <Alert tone="error">{failure}</Alert>}
      <Field label="Email" error={errors.email?.message}>
        {(p) => <input {...p} {...form.register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(p) => <input {...p} {...form.register("password")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Button type="submit" busy={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
