import type { Metadata } from "next";
import { ForecastForm } from "@/components/forecast/forecast-form";
import type { ForecastFormValues } from "@/components/forecast/forecast-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { canCreateForecast, canImport } from "@/lib/auth/policy";
import { endOfUtcDay } from "@/lib/validation/common";
import { newForecastContext } from "@/server/forecasts/new-forecast-context";
import { requirePageRole } from "@/server/page-guard";

export const metadata: Metadata = { title: "New forecast" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

export default async function NewForecastPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageRole("/forecasts/new", canCreateForecast);
  const search = await searchParams;
  const context = await newForecastContext(actor, search.reportId);
  const initial = prefill(search, context.report?.id);
  // A judgment's horizon that has already passed (its whole day): the form explains the choice.
  const passedHorizon = initial.closesOn && endOfUtcDay(initial.closesOn) <= Date.now() ? initial.closesOn : undefined;
  return (
    <>
      <PageHeader title="New forecast" lead="Turn a judgment into a question with scenarios, probabilities and a horizon." />
      <ForecastForm
        scale={context.scale}
        teams={context.teams}
        initial={initial}
        reportTitle={context.report?.title}
        vagueTerms={search.vague ? search.vague.slice(0, 200) : undefined}
        passedHorizon={passedHorizon}
        mayImport={canImport(actor)}
      />
    </>
  );
}

/** A key judgment's "make a forecast" link carries its sentence, probability and horizon. */
function prefill(search: Search, reportId: string | undefined): Partial<ForecastFormValues> {
  const initial: Partial<ForecastFormValues> = {};
  if (search.statement) initial.statement = search.statement;
  if (search.title) initial.title = search.title;
  if (search.closesOn && /^\d{4}-\d{2}-\d{2}$/.test(search.closesOn)) initial.closesOn = search.closesOn;
  if (reportId) initial.reportId = reportId;
  if (search.excerpt) initial.excerpt = search.excerpt;
  if (search.statement) {
    const probability = search.probability ?? "";
    const complement = probability && Number.isFinite(Number(probability)) ? String(Math.round((100 - Number(probability)) * 10) / 10) : "";
    initial.scenarios = [
      { label: "Yes", description: "The judgment comes true.", probability },
      { label: "No", description: "The judgment does not come true.", probability: complement },
    ];
  }
  return initial;
}
