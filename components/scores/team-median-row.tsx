const three = (value: number | null) => (value === null ? "—" : value.toFixed(3));

/**
 * SPEC §5's aggregate forecast on the scores page: the median of everyone (or of the team in the
 * filters), scored like an analyst over the same forecasts.
 */
export function TeamMedianRow({ aggregate, teamName }: { aggregate: { forecasts: number; meanFinalBrier: number | null; meanTimeAveragedBrier: number | null; meanFinalLogScore: number | null }; teamName: string | null }) {
  const who = teamName ? `team ${teamName}'s median` : "the team median (everyone)";
  return (
    <section aria-labelledby="team-median-title" className="mt-6 rounded border border-line bg-white p-4" data-testid="team-median">
      <h2 id="team-median-title" className="text-lg font-semibold">
        The team median
      </h2>
      {aggregate.forecasts === 0 ? (
        <p>No forecast matching these filters has {who} to score.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">The median forecast of the group, scored like an analyst</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col">forecaster</th>
              <th scope="col">forecasts</th>
              <th scope="col">mean final Brier</th>
              <th scope="col">mean time-averaged Brier</th>
              <th scope="col">mean final log score</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="font-semibold">
                {who.charAt(0).toUpperCase() + who.slice(1)}
              </th>
              <td>{aggregate.forecasts.toLocaleString("en-GB")}</td>
              <td>{three(aggregate.meanFinalBrier)}</td>
              <td>{three(aggregate.meanTimeAveragedBrier)}</td>
              <td>{three(aggregate.meanFinalLogScore)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}
