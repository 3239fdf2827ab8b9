import type { Metadata } from "next";
import { AccountSwitch } from "@/components/admin/account-switch";
import { AddUserForm } from "@/components/admin/add-user-form";
import { PasswordSetter } from "@/components/admin/password-setter";
import { RoleEditor } from "@/components/admin/role-editor";
import { IndependenceSwitch } from "@/components/admin/independence-switch";
import { ScaleSwitch } from "@/components/admin/scale-switch";
import { PageHeader } from "@/components/ui/page-header";
import { canManageUsers } from "@/lib/auth/policy";
import { currentIndependenceRule } from "@/server/settings/set-independence";
import { currentScale } from "@/server/settings/set-scale";
import { requirePageRole } from "@/server/page-guard";
import { listUsers } from "@/server/users/list-users";

export const metadata: Metadata = { title: "Users and roles" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requirePageRole("/admin/users", canManageUsers);
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader title="Users and roles" lead="Roles add up; none implies another. An admin who also forecasts needs the analyst role too." />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="people-heading" className="rounded border border-line bg-white p-4">
          <h2 id="people-heading" className="mb-3 text-xl font-semibold">People</h2>
          <ul className="flex flex-col gap-3" data-testid="user-list">
            {users.map((u) => (
              <li key={u.id} className="border-t border-line pt-3">
                <p className="font-semibold">{u.name}</p>
                <p className="text-sm text-muted">
                  {u.email}
                  {u.hasPassword ? "" : " · no password (cannot sign in)"}
                </p>
                <RoleEditor userId={u.id} name={u.name} roles={u.roles} />
                <PasswordSetter userId={u.id} name={u.name} hasPassword={u.hasPassword} />
                <AccountSwitch userId={u.id} name={u.name} deactivatedAt={u.deactivatedAt} isSelf={u.id === actor.id} />
              </li>
            ))}
          </ul>
        </section>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="add-heading" className="rounded border border-line bg-white p-4">
            <h2 id="add-heading" className="mb-3 text-xl font-semibold">Add a user</h2>
            <AddUserForm />
          </section>
          <section aria-labelledby="scale-heading" className="rounded border border-line bg-white p-4">
            <h2 id="scale-heading" className="mb-3 text-xl font-semibold">Estimative scale</h2>
            <ScaleSwitch scale={await currentScale()} />
          </section>
          <section aria-labelledby="independence-heading" className="rounded border border-line bg-white p-4">
            <h2 id="independence-heading" className="mb-3 text-xl font-semibold">Independent first forecasts</h2>
            <IndependenceSwitch on={await currentIndependenceRule()} />
          </section>
        </div>
      </div>
    </>
  );
}
