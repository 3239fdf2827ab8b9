import { z } from "zod";
import { httpUrl, text } from "./common";

export const MAX_REPORT_BYTES = 1_000_000;

/** Text a person pasted: no NUL or other control characters that only binary files carry. */
const readableText = (label: string) =>
  z
    .string({ error: "must be text" })
    .refine((value) => value.trim().length > 0, `${label} is empty: paste the report's text`)
    .refine((value) => Buffer.byteLength(value, "utf8") <= MAX_REPORT_BYTES, "must be at most 1 MB of text")
    .refine((value) => !/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(value), "looks like binary data, not text");

const publicationDate = z.iso.date({ error: "must be a date such as 2021-08-10" });

/** POST /api/v1/reports and the new-report form. */
export const createReportSchema = z.object({
  title: text({ min: 1, max: 300 }),
  authors: text({ max: 500 }).optional().default(""),
  publishedAt: publicationDate,
  // An empty "link" box means no link.
  url: z.union([z.literal(""), httpUrl]).nullish().transform((value) => value || null),
  body: readableText("the text"),
});
export type CreateReportInput = z.output<typeof createReportSchema>;

/** POST /api/v1/reports/extract */
export const extractSchema = z.object({
  text: readableText("the text"),
  publishedAt: publicationDate.nullish().transform((value) => value ?? undefined),
});
