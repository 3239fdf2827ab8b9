"use client";
import { useState, useTransition } from "react";
import { setPasswordAction } from "@/app/_actions/admin";
import { Button } from "@/components/ui/button";

export function PasswordSetter({ userId, name, hasPassword }: { userId: string; name: string; hasPassword: boolean }) {
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await setPasswordAction(userId, { password });
      if (!result.ok) {
        setMessage({ error: true, text: result.fieldErrors.password ? `Password ${result.fieldErrors.password}` : result.message });
        return;
      }
      setPassword("");
      setMessage({ error: false, text: `${name} can now sign in with this password.` });
    });
  }
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-accent-dark underline">{hasPassword ? "Reset password" : "Set a password"}</summary>
      <form onSubmit={save} className="mt-2 flex flex-wrap items-end gap-2" aria-label={`Password of ${name}`}>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">New password for {name}</span>
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} className="rounded border border-line px-3 py-2" />
        </label>
        <Button type="submit" variant="secondary" busy={pending}>Save password</Button>
        {message && (
          <p role={message.error ? "alert" : "status"} className={`w-full text-sm ${message.error ? "font-semibold text-overtaken" : ""}`}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
