"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { completeSetup } from "@/app/_actions/complete-setup";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { setupSchema } from "@/lib/validation/user";

type Values = z.input<typeof setupSchema>;

export function SetupForm() {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(setupSchema),
    defaultValues: { email: "", name: "", password: "", confirmPassword: "", alsoAnalyst: true, loadExample: true },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    setFailure(null);
    const result = await completeSetup(values);
    if (!result.ok) {
      setFailure(result.message);
      for (const [field, message] of Object.entries(result.fieldErrors)) form.setError(field as keyof Values, { message });
      return;
    }
    router.push("/forecasts");
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-4 rounded border border-line bg-white p-6">
      {failure && <Alert tone="error">{failure}</Alert>}
      <Field label="Your name" error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field label="Email" error={errors.email?.message}>
        {(p) => <input {...p} {...form.register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field label="Password" error={errors.password?.message} hint="At least 8 characters.">
        {(p) => <input {...p} {...form.register("password")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field label="Confirm password" error={errors.confirmPassword?.message}>
        {(p) => <input {...p} {...form.register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <label className="flex items-start gap-2">
        <input type="checkbox" {...form.register("alsoAnalyst")} className="mt-1" />
        <span>
          I will also forecast <span className="text-muted">(gives you the analyst role as well as admin)</span>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input type="checkbox" {...form.register("loadExample")} className="mt-1" />
        <span>
          Load the example workspace{" "}
          <span className="text-muted">
            (five forecasts from a 2021 assessment of Iran&apos;s Iraqi proxies, with indicators and the events that followed)
          </span>
        </span>
      </label>
      <Button type="submit" busy={isSubmitting}>
        {isSubmitting ? "Setting up…" : "Create admin account"}
      </Button>
    </form>
  );
}
