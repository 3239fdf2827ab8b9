import { z } from "zod";

/**
 * The calibration page's own parameters beside SPEC §5's filters (all in the URL, so a view can
 * be shared): `vsAnalystId` / `vsTeamId` draw a second analyst or team on the same chart, `bin`
 * opens a bin's statements and `cursor` pages them.
 */
export const calibrationPageSchema = z.object({
  vsAnalystId: z.string().min(1).max(100).optional(),
  vsTeamId: z.string().min(1).max(100).optional(),
  bin: z.coerce.number({ error: "must be a bin's number" }).int().min(0, { error: "must be 0 or more" }).optional(),
  cursor: z.string().max(400).optional(),
  overlay: z.enum(["aggregate"], { error: "must be aggregate" }).optional(),
  /** `confidence`: the panel splitting accuracy by analytic confidence (three more calibrations). */
  panel: z.enum(["confidence"], { error: "must be confidence" }).optional(),
});
export type CalibrationPageQuery = z.output<typeof calibrationPageSchema>;
