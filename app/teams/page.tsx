import type { Metadata } from "next";
import { TeamEditor } from "@/components/teams/team-editor";
import { NewTeamForm } from "@/components/teams/new-team-form";
import { StaleDaysForm } from "@/components/teams/stale-days-form";
import { PageHeader } from "@/components/ui/page-header";
import { canManageTeams } from "@/lib/auth/policy";
import { requirePageRole } from "@/server/page-guard";
import { listPeopleForTeams, listTeamsWithMembers } from "@/server/teams/manage-teams";

export const metadata: Metadata = { title: "Teams" };
export const dynamic = "force-dynamic";

export default async function TeamsPage() {
  const actor = await requirePageRole("/teams", canManageTeams);
  const teams = await listTeamsWithMembers(actor);
  const people = await listPeopleForTeams(actor);
  return (
    <>
      <PageHeader title="Teams" lead="Forecasts carry a team; team scores and calibration are read from its members' predictions." />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="teams-heading" className="flex flex-col gap-4">
          <h2 id="teams-heading" className="text-xl font-semibold">Teams</h2>
          {teams.length === 0 && <p className="rounded border border-line bg-white p-4">No team yet.</p>}
          {teams.map((t) => (
            <div key={t.id} className="flex flex-col gap-2">
              <TeamEditor team={t} people={people} />
              <div className="rounded border border-line bg-white px-4 pb-4">
                <StaleDaysForm teamId={t.id} teamName={t.name} staleDays={t.staleDays} />
              </div>
            </div>
          ))}
        </section>
        <section aria-labelledby="new-team-heading" className="rounded border border-line bg-white p-4">
          <h2 id="new-team-heading" className="mb-3 text-xl font-semibold">New team</h2>
          <NewTeamForm />
        </section>
      </div>
    </>
  );
}
