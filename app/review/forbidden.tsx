import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { currentActorForDisplay } from "@/server/display-actor";

/** Shown with HTTP 403 when someone without the reviewer role opens the resolution queue. */
export default async function Forbidden() {
  return <ForbiddenNotice need="reviewers (the reviewer role)" actor={await currentActorForDisplay()} />;
}
