import type { FieldIssue } from "@/lib/errors";

/**
 * A list page's bad filter in the words of its form: "To: must not be before “from” …" instead of
 * the API's parameter names. Fields without a label keep their name.
 */
export function describeFilterProblem(issues: FieldIssue[], labels: Record<string, string>): string {
  const sentences = issues.map((issue) => `${labels[issue.field] ?? issue.field}: ${issue.message}.`.replace(/\.\.$/, "."));
  return `Check the filters. ${sentences.join(" ")}`;
}
