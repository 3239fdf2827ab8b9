"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/** Fired by the inbox page after marking items read, so the count follows at once. */
export const INBOX_CHANGED = "signpost:inbox-changed";

/**
 * The header's inbox link with the number of unread items. The root layout does not re-render on
 * navigation, so the count is fetched afresh on every page the person opens.
 */
export function InboxLink() {
  const pathname = usePathname();
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      fetch("/api/v1/inbox?unread=true&limit=1", { cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { unread?: number } | null) => live && body && typeof body.unread === "number" && setUnread(body.unread))
        .catch(() => undefined);
    void load();
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, [pathname]);
  return (
    <Link href="/inbox" className="hover:underline" data-testid="inbox-link">
      Inbox
      {unread !== null && unread > 0 && (
        <span className="ml-1 rounded-full bg-accent-dark px-2 py-0.5 text-xs font-semibold text-white" data-testid="inbox-count">
          {unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
