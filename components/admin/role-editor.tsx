"use client";
import { useState, useTransition } from "react";
import { setRolesAction } from "@/app/_actions/admin";
import { Button } from "@/components/ui/button";
import { ROLES, type Role } from "@/lib/auth/roles";

export function RoleEditor({ userId, name, roles }: { userId: string; name: string; roles: Role[] }) {
  const [chosen, setChosen] = useState<Role[]>(roles);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const changed = chosen.slice().sort().join() !== roles.slice().sort().join();

  function save() {
    startTransition(async () => {
      const result = await setRolesAction(userId, chosen);
      setMessage(result.ok ? "Saved." : result.fieldErrors.roles ? `Roles: ${result.fieldErrors.roles}` : result.message);
    });
  }

  return (
    <fieldset className="mt-2 flex flex-wrap items-center gap-3">
      <legend className="sr-only">Roles of {name}</legend>
      {ROLES.map((role) => (
        <label key={role} className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={chosen.includes(role)}
            onChange={(e) => setChosen(e.target.checked ? [...chosen, role] : chosen.filter((r) => r !== role))}
          />
          {role}
        </label>
      ))}
      <Button type="button" variant="secondary" onClick={save} disabled={!changed} busy={pending} aria-label={`Save roles of ${name}`}>
        Save roles
      </Button>
      {message && <span role="status" className="text-sm">{message}</span>}
    </fieldset>
  );
}
