import { ChoiceSelect } from "@/components/scores/choice-select";
import { FilterSelect } from "@/components/ui/filter-fields";
import { filterFormKey } from "@/lib/format/search-params";
import type { ScoreFilterChoices } from "@/lib/dto/scores";

/** A second analyst or team drawn on the same chart; the other filters ride along. */
export function CompareForm({ search, choices, withAnalyst }: { search: Record<string, string | undefined>; choices: ScoreFilterChoices; withAnalyst: boolean }) {
  const kept = Object.entries(search).filter(([key, value]) => value && !["vsAnalystId", "vsTeamId", "bin", "cursor"].includes(key));
  return (
    <form key={filterFormKey(search)} method="get" action="/calibration" aria-label="Compare" className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {withAnalyst && choices.analysts && (
        <ChoiceSelect label="Compare with analyst" name="vsAnalystId" value={search.vsAnalystId} anyLabel="No one" choices={choices.analysts} />
      )}
      <FilterSelect label="Compare with team" name="vsTeamId" value={search.vsTeamId} anyLabel="No team" options={choices.teams.map((t) => ({ value: t.id, label: t.name }))} />
      <button type="submit" className="rounded border border-accent-dark px-3 py-2 font-semibold text-accent-dark">
        Compare
      </button>
    </form>
  );
}
