"use client";
import { useState, useTransition } from "react";
import { deactivateUserAction, reactivateUserAction } from "@/app/_actions/admin";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format/dates";

/**
 * Deactivates an account (after a confirmation) or reactivates it. Not offered on one's own
 * account: the server refuses that anyway.
 */
export function AccountSwitch({ userId, name, deactivatedAt, isSelf }: { userId: string; name: string; deactivatedAt: number | null; isSelf: boolean }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: (id: string) => ReturnType<typeof deactivateUserAction>, done: string) {
    setAsking(false);
    startTransition(async () => {
      const result = await action(userId);
      setMessage(result.ok ? { error: false, text: done } : { error: true, text: result.message });
    });
  }

  if (isSelf) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      {deactivatedAt === null ? (
        <Button type="button" variant="secondary" onClick={() => setAsking(true)} busy={pending} aria-label={`Deactivate ${name}`}>
          Deactivate
        </Button>
      ) : (
        <>
          <span className="font-semibold text-overtaken">Deactivated {formatDay(deactivatedAt)}: cannot sign in, API tokens refused.</span>
          <Button type="button" variant="secondary" onClick={() => run(reactivateUserAction, `${name} can sign in again.`)} busy={pending} aria-label={`Reactivate ${name}`}>
            Reactivate
          </Button>
        </>
      )}
      {message && (
        <span role={message.error ? "alert" : "status"} className={message.error ? "font-semibold text-overtaken" : ""}>
          {message.text}
        </span>
      )}
      <ConfirmDialog open={asking} title={`Deactivate ${name}?`} confirmLabel="Deactivate" tone="danger" onConfirm={() => run(deactivateUserAction, `${name} is deactivated.`)} onCancel={() => setAsking(false)}>
        {name} is signed out everywhere at once, cannot sign in, and their API tokens are refused. Their forecasts, predictions and audit entries stay, under their name. You can reactivate the account later.
      </ConfirmDialog>
    </div>
  );
}
