import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { currentActorForDisplay } from "@/server/display-actor";

/** Shown with HTTP 403 when a page of this section calls forbidden() (see server/page-guard.ts). */
export default async function Forbidden() {
  return <ForbiddenNotice need="managers and administrators (the manager or admin role)" actor={await currentActorForDisplay()} />;
}
