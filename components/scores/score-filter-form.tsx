import { FilterActions, FilterDate, FilterSelect } from "@/components/ui/filter-fields";
import { TypeAheadField } from "@/components/ui/type-ahead-field";
import { filterFormKey } from "@/lib/format/search-params";
import { ChoiceSelect } from "./choice-select";
import type { ScoreFilterChoices } from "@/lib/dto/scores";

const CONFIDENCE = [
  { value: "low", label: "Low" },
  { value: "moderate", label: "Moderate" },
  { value: "high", label: "High" },
];

/** The labels of the filter fields, also used to say which one is wrong. */
export const SCORE_FILTER_LABELS: Record<string, string> = {
  analystId: "Analyst",
  teamId: "Team",
  tag: "Tag",
  reportId: "Report",
  confidence: "Confidence",
  from: "Outcome known from",
  to: "Outcome known to",
  matured: "Matured only",
  sort: "Sort",
  dir: "Order",
  cursor: "Page",
};

/**
 * SPEC §5's filters as a GET form, so they live in the URL: analyst (for readers of everyone's
 * scores), team, tag, report, confidence, the dates on which outcomes became known, and matured.
 * The current order rides along in hidden fields.
 */
export function ScoreFilterForm({ search, choices, action, withAnalyst, keep = [] }: { search: Record<string, string | undefined>; choices: ScoreFilterChoices; action: string; withAnalyst: boolean; /** Other parameters of the page that ride along (the calibration page's bins). */ keep?: string[] }) {
  return (
    <form key={filterFormKey(search)} method="get" action={action} role="search" aria-label={action === "/calibration" ? "Filter calibration" : "Filter scores"} className="mb-6 grid gap-3 rounded border border-line bg-white p-4 md:grid-cols-4">
      {withAnalyst && choices.analysts && (
        <ChoiceSelect label={SCORE_FILTER_LABELS.analystId} name="analystId" value={search.analystId} anyLabel="Every analyst" choices={choices.analysts} />
      )}
      <FilterSelect label={SCORE_FILTER_LABELS.teamId} name="teamId" value={search.teamId} anyLabel="Any team" options={choices.teams.map((t) => ({ value: t.id, label: t.name }))} />
      <TypeAheadField label={SCORE_FILTER_LABELS.tag} name="tag" value={search.tag} source="tags" placeholder="Any tag" />
      <ChoiceSelect label={SCORE_FILTER_LABELS.reportId} name="reportId" value={search.reportId} anyLabel="Any report" choices={choices.reports} />
      <FilterSelect label={SCORE_FILTER_LABELS.confidence} name="confidence" value={search.confidence} anyLabel="Any confidence" options={CONFIDENCE} />
      <FilterDate label={SCORE_FILTER_LABELS.from} name="from" value={search.from} />
      <FilterDate label={SCORE_FILTER_LABELS.to} name="to" value={search.to} />
      <label className="flex items-start gap-2 self-end pb-2">
        <input type="checkbox" name="matured" value="true" defaultChecked={search.matured === "true"} className="mt-1" />
        <span>
          <span className="font-semibold">{SCORE_FILTER_LABELS.matured}</span>
          <span className="block text-sm text-muted">outcomes known at or after the horizon (early resolutions favour “no”)</span>
        </span>
      </label>
      {search.sort && <input type="hidden" name="sort" value={search.sort} />}
      {search.dir && <input type="hidden" name="dir" value={search.dir} />}
      {keep.map((name) => search[name] && <input key={name} type="hidden" name={name} value={search[name]} />)}
      <FilterActions clearHref={action} />
    </form>
  );
}
