import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { currentActorForDisplay } from "@/server/display-actor";

/** Shown with HTTP 403 when an analyst asks for another analyst's scores (SPEC §1). */
export default async function Forbidden() {
  return <ForbiddenNotice need="reviewers and managers, and each analyst for their own scores: another analyst's individual scores are not yours to read" actor={await currentActorForDisplay()} />;
}
