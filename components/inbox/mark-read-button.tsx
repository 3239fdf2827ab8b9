"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markInboxReadAction } from "@/app/_actions/inbox";
import { Button } from "@/components/ui/button";
import { INBOX_CHANGED } from "./inbox-link";

/** "Mark read" for one item, or "Mark all read" (ids null). */
export function MarkReadButton({ ids, label, accessibleLabel }: { ids: string[] | null; label: string; accessibleLabel?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        className="px-2 py-1 text-sm"
        busy={busy}
        aria-label={accessibleLabel}
        onClick={async () => {
          setBusy(true);
          const result = await markInboxReadAction(ids);
          setBusy(false);
          setProblem(result.ok ? null : result.message);
          window.dispatchEvent(new Event(INBOX_CHANGED));
          router.refresh();
        }}
      >
        {label}
      </Button>
      {problem && <span role="alert" className="text-sm text-overtaken">{problem}</span>}
    </span>
  );
}
