import { describeProbability, type ScaleId } from "@/lib/estimative/scales";
import { countOf } from "@/lib/format/plural";
import type { TeamMedianView } from "@/server/forecasts/team-median";

/** The team median on a forecast's page: per scenario, with its words; a switch between everyone and one team; the ranking once resolved. */
export function TeamMedianPanel({ view, forecastId, scale }: { view: TeamMedianView; forecastId: string; scale: ScaleId }) {
  const who = view.team ? `team ${view.team.name}` : "everyone";
  return (
    <section aria-labelledby="team-median-heading" className="min-w-0 rounded border border-line bg-white p-4" data-testid="forecast-team-median">
      <h2 id="team-median-heading" className="mb-2 text-xl font-semibold">
        Team median ({who})
      </h2>
      <form key={view.team?.id ?? ""} method="get" action={`/forecasts/${forecastId}`} className="mb-3 flex items-end gap-2">
        <label className="flex flex-col text-sm">
          <span className="font-semibold">Whose median</span>
          <select name="medianTeam" defaultValue={view.team?.id ?? ""} className="rounded border border-line px-2 py-1">
            <option value="">Everyone</option>
            {view.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-accent-dark px-3 py-1 font-semibold text-accent-dark">
          Show
        </button>
      </form>
      {view.median === null ? (
        <p>No one in this group has made a prediction yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The median of the group's standing predictions, per scenario, normalised to 100%</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">scenario</th>
              <th scope="col">median</th>
            </tr>
          </thead>
          <tbody>
            {view.median.map((m) => (
              <tr key={m.scenarioId} className="border-b border-line/60">
                <th scope="row" className="font-normal">
                  {m.label}
                </th>
                <td className="font-semibold">
                  {m.pct.toFixed(1)}% ({describeProbability(Math.min(100, Math.max(0, m.pct)), scale).words})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.ranking && (
        <p className="mt-2" data-testid="team-median-ranking">
          Scored like an analyst, the team median&apos;s final Brier is {view.ranking.finalBrier.toFixed(3)}: it beat {view.ranking.beat} of {countOf(view.ranking.of, "analyst")}.
        </p>
      )}
    </section>
  );
}
