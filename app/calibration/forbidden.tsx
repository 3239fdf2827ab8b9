import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { currentActorForDisplay } from "@/server/display-actor";

/** Shown with HTTP 403 when an analyst asks for another analyst's calibration (SPEC §1). */
export default async function Forbidden() {
  return <ForbiddenNotice need="reviewers and managers, and each analyst for their own calibration: another analyst's statements are not yours to read" actor={await currentActorForDisplay()} />;
}
