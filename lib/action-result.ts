/** What a server action returns to its form: success data, or a message and the bad fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string> };
