import { toNestErrors } from "@hookform/resolvers";
import type { FieldValues, Resolver } from "react-hook-form";

/** A react-hook-form resolver from a check that gives each bad field its message (none: valid). */
export function checkResolver<V extends FieldValues>(check: (values: V) => Record<string, string>): Resolver<V> {
  return async (values, _context, options) => {
    const messages = check(values);
    if (Object.keys(messages).length === 0) return { values, errors: {} };
    const errors = Object.fromEntries(Object.entries(messages).map(([field, message]) => [field, { type: "validate", message }]));
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
