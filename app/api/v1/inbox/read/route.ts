import { serverNow } from "@/server/clock";
import { apiRoute, json } from "@/server/http/api-route";
import { markInboxRead } from "@/server/inbox/inbox";

/** A body is optional here: none (or `{}`) marks everything read. */
export const POST = apiRoute(async ({ request, actor }) => {
  const text = await request.text();
  let body: unknown = {};
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      return json({ error: { code: "bad_request", message: "The request body is not valid JSON." } }, 400);
    }
  }
  return json(await markInboxRead(actor, body, serverNow()));
});
