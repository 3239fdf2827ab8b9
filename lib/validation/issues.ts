import type { z } from "zod";
import { RuleViolation, type FieldIssue } from "@/lib/errors";

/** Every zod issue with its dotted field path ("scenarios.1.label"), never only the first one. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Parses or throws a 422 that lists every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new RuleViolation(fieldIssues(result.error));
  return result.data;
}
