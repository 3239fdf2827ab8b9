"use client";
import { useEffect, useState, useTransition } from "react";
import { setMembershipAction } from "@/app/_actions/teams";
import { Button } from "@/components/ui/button";

interface Person {
  id: string;
  name: string;
  email: string;
}

export function TeamEditor({ team, people }: { team: { id: string; name: string; members: Person[] }; people: Person[] }) {
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Everyone not yet a member, in every team's select, is twenty thousand options at a thousand
  // people: drawn in the browser once the page is live (adding needs it live anyway), not in the HTML.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const memberIds = new Set(team.members.map((m) => m.id));
  const candidates = people.filter((p) => !memberIds.has(p.id));

  function change(userId: string, member: boolean) {
    startTransition(async () => {
      const result = await setMembershipAction(team.id, userId, member);
      setError(result.ok ? null : result.message);
      if (result.ok) setChosen("");
    });
  }

  return (
    <article className="rounded border border-line bg-white p-4" aria-label={`Team ${team.name}`}>
      <h3 className="font-semibold">{team.name}</h3>
      {error && <p role="alert" className="text-overtaken">{error}</p>}
      {team.members.length === 0 ? (
        <p className="text-sm text-muted">No members yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1">
          {team.members.map((m) => (
            <li key={m.id} className="flex items-center justify-between gap-2">
              <span>
                {m.name} <span className="text-sm text-muted">{m.email}</span>
              </span>
              <Button type="button" variant="secondary" onClick={() => change(m.id, false)} disabled={pending} aria-label={`Remove ${m.name} from ${team.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">Add a member to {team.name}</span>
          <select value={chosen} onChange={(e) => setChosen(e.target.value)} className="rounded border border-line px-3 py-2">
            <option value="">Choose a person…</option>
            {live && candidates.map((p) => (
              <option key={p.id} value={p.id}>{p.name} ({p.email})</option>
            ))}
          </select>
        </label>
        <Button type="button" variant="secondary" onClick={() => chosen && change(chosen, true)} disabled={!chosen} busy={pending}>
          Add
        </Button>
      </div>
    </article>
  );
}
