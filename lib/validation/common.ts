import { z } from "zod";

const ISO_DATE_OR_DATE_TIME = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "must be an ISO 8601 date or date-time, such as 2021-12-31 or 2021-12-31T12:00:00Z",
});

/** ISO 8601: a date ("2021-12-31", read as 00:00 UTC) or a date-time with Z or an offset; becomes epoch ms. */
export const isoInstant = ISO_DATE_OR_DATE_TIME.transform((value) => Date.parse(value));

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A horizon such as `closesAt` (SPEC §6): a date alone means the end of that day in UTC
 * (23:59:59.999), so "closes on 31 October" still takes predictions all of 31 October. A
 * date-time is taken as given. Dates of things that happened (an event's `occurredAt`) stay
 * `isoInstant`, the start of their day.
 */
export const isoHorizon = ISO_DATE_OR_DATE_TIME.transform((value) => (DATE_ONLY.test(value) ? endOfUtcDay(value) : Date.parse(value)));

/** The last millisecond of a `YYYY-MM-DD` day in UTC. */
export function endOfUtcDay(day: string): number {
  return Date.parse(`${day}T23:59:59.999Z`);
}

/** Only http and https links: a javascript: or data: URL would run in a reader's browser. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// link");

export const text = (label: { min?: number; max: number }) => {
  const base = z.string({ error: "must be text" }).trim();
  const withMax = base.max(label.max, `must be at most ${label.max.toLocaleString("en-GB")} characters`);
  return label.min ? withMax.min(label.min, label.min === 1 ? "is required" : `must be at least ${label.min} characters`) : withMax;
};

export const tagList = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "a tag cannot be empty")
      .max(40, "a tag must be at most 40 characters")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, "a tag holds letters, digits, spaces, - _ and ."),
    { error: "must be a list of tags" },
  )
  .max(20, "at most 20 tags")
  .transform((tags) => [...new Set(tags)]);

export const confidence = z.enum(["low", "moderate", "high"], { error: "must be low, moderate or high" });

export const idString = z.string({ error: "must be an id (a string)" }).min(1, "is required").max(100, "is not a valid id");

/** `limit` of a paged list (SPEC §6): 1 to 200, 50 when left out. */
export const pageLimit = z.coerce
  .number({ error: "must be a whole number from 1 to 200" })
  .int("must be a whole number from 1 to 200")
  .min(1, "must be at least 1")
  .max(200, "must be at most 200")
  .default(50);

/** `cursor` of a paged list: the opaque position the previous page gave out. */
export const pageCursor = z.string().max(300).optional();
