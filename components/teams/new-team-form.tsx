"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createTeamAction } from "@/app/_actions/teams";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { createTeamSchema } from "@/lib/validation/team";

type Values = z.input<typeof createTeamSchema>;

export function NewTeamForm() {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(createTeamSchema), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;
  async function onSubmit(values: Values) {
    const result = await createTeamAction(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setMessage({ tone: "success", text: `Team “${values.name}” created.` });
    form.reset();
  }
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="flex flex-col gap-3" aria-label="New team">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Team name" error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} className={inputClass} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>Create team</Button>
      </div>
    </form>
  );
}
