"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/_actions/tokens";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "./copy-button";
import { formatDayTime } from "@/lib/format/dates";
import type { TokenSummary } from "@/lib/dto/token";

export function TokenManager({ tokens }: { tokens: TokenSummary[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toRevoke, setToRevoke] = useState<TokenSummary | null>(null);
  const [pending, startTransition] = useTransition();

  function create(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await createTokenAction({ name });
      if (!result.ok) {
        setError(result.fieldErrors.name ? `Name: ${result.fieldErrors.name}` : result.message);
        return;
      }
      setError(null);
      setCreated(result.data.token);
      setName("");
      router.refresh();
    });
  }

  function revoke(token: TokenSummary) {
    setToRevoke(null);
    startTransition(async () => {
      const result = await revokeTokenAction(token.id);
      setError(result.ok ? null : result.message);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      {created && (
        <Alert tone="success" title="Your new token (copy it now: it will not be shown again)">
          <span className="flex flex-wrap items-center gap-2">
            <code className="break-all" data-testid="new-token">{created}</code>
            <CopyButton text={created} label="Copy the new token" />
          </span>
        </Alert>
      )}
      <form onSubmit={create} className="flex flex-wrap items-end gap-2" aria-label="Create an API token">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Token name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. nightly export" className="rounded border border-line px-3 py-2" />
        </label>
        <Button type="submit" busy={pending}>Create token</Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-muted">You have no tokens.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="p-2">Name</th>
              <th scope="col" className="p-2">Starts with</th>
              <th scope="col" className="p-2">Created</th>
              <th scope="col" className="p-2">Last used</th>
              <th scope="col" className="p-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-line">
                <td className="p-2">{t.name}</td>
                <td className="p-2"><code>{t.prefix}…</code></td>
                <td className="p-2">{formatDayTime(t.createdAt)}</td>
                <td className="p-2">{t.lastUsedAt ? formatDayTime(t.lastUsedAt) : "Never"}</td>
                <td className="p-2">
                  {t.revokedAt ? (
                    `Revoked ${formatDayTime(t.revokedAt)}`
                  ) : (
                    <Button type="button" variant="secondary" onClick={() => setToRevoke(t)} disabled={pending} aria-label={`Revoke token ${t.name}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={toRevoke !== null}
        title={`Revoke the token “${toRevoke?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        tone="danger"
        onConfirm={() => toRevoke && revoke(toRevoke)}
        onCancel={() => setToRevoke(null)}
      >
        Scripts that use it (it starts with <code>{toRevoke?.prefix}…</code>) are refused from then on. This cannot be undone: you would create a new token instead.
      </ConfirmDialog>
    </div>
  );
}
