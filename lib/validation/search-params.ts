import type { z } from "zod";
import { BadRequest } from "@/lib/errors";
import { containsNul } from "@/lib/http/nul";
import { fieldIssues } from "./issues";

/** Query parameters are the caller's syntax: a bad one is a 400 naming the parameter (SPEC §6). */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: URLSearchParams | Record<string, unknown>): z.output<S> {
  const plain: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const single = Array.isArray(value) ? value[0] : value;
    // Values other than text (a use case called with numbers) are read as the text they print as.
    if (single !== undefined && single !== null && single !== "") plain[key] = String(single);
  }
  const withNul = Object.keys(plain).find((key) => containsNul(key) || containsNul(plain[key]));
  if (withNul !== undefined) throw new BadRequest(`${withNul}: holds a NUL character (%00)`, [{ field: withNul, message: "holds a NUL character (%00)" }]);
  const result = schema.safeParse(plain);
  if (!result.success) {
    const issues = fieldIssues(result.error);
    throw new BadRequest(issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
  }
  return result.data;
}
