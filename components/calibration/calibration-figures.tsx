import { confidenceSentence, discriminationSentence } from "@/lib/calibration/reading";
import type { CalibrationSeries } from "@/server/calibration/calibration-page";

const three = (value: number | null) => (value === null ? "—" : value.toFixed(3));

/** Brier with its Murphy decomposition, each part in one plain sentence; AUC, ANDI and over/underconfidence. */
export function CalibrationFigures({ series }: { series: CalibrationSeries[] }) {
  return (
    <section aria-labelledby="figures-title" className="min-w-0 rounded border border-line bg-white p-4" data-testid="calibration-figures">
      <h2 id="figures-title" className="mb-2 text-lg font-semibold">
        Accuracy in figures
      </h2>
      {series.map((s) => {
        const c = s.calibration;
        return (
          <div key={s.name} className="mb-4">
            {series.length > 1 && <h3 className="font-semibold">{s.name}</h3>}
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="font-semibold">Brier {three(c.brier)}</dt>
              <dd>the mean squared gap between what we said and what happened (0 is perfect, lower is better), over {c.n.toLocaleString("en-GB")} statements.</dd>
              <dt className="font-semibold">REL {three(c.reliability)}</dt>
              <dd>reliability: how far, group by group, what happened strayed from what we said (0 is perfect calibration).</dd>
              <dt className="font-semibold">RES {three(c.resolution)}</dt>
              <dd>resolution: how much the groups' outcomes differed from the overall rate — telling likely from unlikely (higher is better).</dd>
              <dt className="font-semibold">UNC {three(c.uncertainty)}</dt>
              <dd>uncertainty: how hard the questions were, from the overall rate alone (not ours to change). REL − RES + UNC = {three(c.reliability === null ? null : c.reliability - c.resolution! + c.uncertainty!)}.</dd>
              <dt className="font-semibold">AUC {three(c.auc)}</dt>
              <dd>{discriminationSentence(c.auc)}</dd>
              <dt className="font-semibold">ANDI {three(c.andi)}</dt>
              <dd>adjusted discrimination: the share of the outcomes' variation our groups explain, corrected for the number of groups (0 none, 1 all).</dd>
            </dl>
            <p className="mt-2" data-testid="confidence-sentence">
              {confidenceSentence(c.overconfidence)}
            </p>
          </div>
        );
      })}
    </section>
  );
}
