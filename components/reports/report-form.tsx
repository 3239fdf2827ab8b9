"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createReportAction } from "@/app/_actions/create-report";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { besideField } from "@/lib/format/beside-field";
import { placeRefusal, refusedBeforeSending, topLevelFieldOf } from "@/lib/form-refusal";
import { createReportSchema } from "@/lib/validation/report";

type Values = z.input<typeof createReportSchema>;

const FIELDS = ["title", "authors", "publishedAt", "url", "body"];

export function ReportForm() {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(createReportSchema), defaultValues: { title: "", authors: "", publishedAt: "", url: "", body: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Values) {
    setFailure(null);
    const result = await createReportAction({ ...values, url: values.url || null });
    if (!result.ok) {
      const refusal = placeRefusal(result, topLevelFieldOf(FIELDS));
      for (const [field, message] of Object.entries(refusal.fieldErrors)) form.setError(field as keyof Values, { message }, { shouldFocus: true });
      setFailure(refusal.outcome.text);
      return;
    }
    router.push(`/reports/${result.data.id}`);
  }

  return (
    <form
      onSubmit={form.handleSubmit(onSubmit, (invalid) => setFailure(refusedBeforeSending(Object.keys(invalid).length).text))}
      noValidate
      className="flex flex-col gap-4"
      aria-label="New report"
    >
      {failure && <Alert tone="error" title="The report was not saved">{failure}</Alert>}
      <Field label="Title" error={besideField("Title", errors.title?.message)}>
        {(p) => <input {...p} {...form.register("title")} className={inputClass} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field label="Authors (optional)" error={besideField("Authors (optional)", errors.authors?.message)}>
          {(p) => <input {...p} {...form.register("authors")} className={inputClass} />}
        </Field>
        <Field label="Publication date" error={besideField("Publication date", errors.publishedAt?.message)} hint="Relative horizons (“before October”) are resolved from it.">
          {(p) => <input {...p} {...form.register("publishedAt")} type="date" className={inputClass} />}
        </Field>
        <Field label="Link (optional)" error={besideField("Link (optional)", errors.url?.message)}>
          {(p) => <input {...p} {...form.register("url")} type="url" className={inputClass} />}
        </Field>
      </div>
      <Field label="Text of the report" error={besideField("Text of the report", errors.body?.message)} hint="Paste the whole text; endnotes and links are ignored when judgments are listed. Up to 1 MB.">
        {(p) => <textarea {...p} {...form.register("body")} rows={14} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <div>
        <Button type="submit" busy={isSubmitting}>{isSubmitting ? "Reading the report…" : "Save and find key judgments"}</Button>
      </div>
    </form>
  );
}
