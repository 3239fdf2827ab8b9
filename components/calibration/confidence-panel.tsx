import { confidenceVerdict } from "@/lib/calibration/confidence";
import type { CalibrationPageData } from "@/server/calibration/calibration-page";

const three = (value: number | null) => (value === null ? "—" : value.toFixed(3));

/** Brier, reliability and AUC split by analytic confidence, with counts and intervals, and the verdict in a sentence. */
export function ConfidencePanel({ rows, total }: { rows: CalibrationPageData["byConfidence"]; total: number }) {
  const verdict = confidenceVerdict(
    rows.map((r) => ({ level: r.level, n: r.calibration.n, brier: r.calibration.brier, interval: r.calibration.brierInterval })),
    total,
  );
  return (
    <section aria-labelledby="confidence-title" className="mb-6 rounded border border-line bg-white p-4" data-testid="confidence-panel">
      <h2 id="confidence-title" className="text-lg font-semibold">
        By analytic confidence
      </h2>
      <p className="mb-2" data-testid="confidence-verdict">
        {verdict}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accuracy of low, moderate and high confidence forecasts</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">confidence</th>
              <th scope="col">statements</th>
              <th scope="col">mean Brier</th>
              <th scope="col">95% interval</th>
              <th scope="col">reliability</th>
              <th scope="col">AUC</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.level} className="border-b border-line/60">
                <th scope="row" className="font-normal">
                  {r.level}
                </th>
                <td>{r.calibration.n.toLocaleString("en-GB")}</td>
                <td>{three(r.calibration.brier)}</td>
                <td>{r.calibration.brierInterval ? `${three(r.calibration.brierInterval.low)}–${three(r.calibration.brierInterval.high)}` : "—"}</td>
                <td>{three(r.calibration.reliability)}</td>
                <td>{three(r.calibration.auc)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
