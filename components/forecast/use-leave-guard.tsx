"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** An in-app link that leaves this page (not a new tab, a download or a jump within it). */
function leavingHref(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * While `dirty`, leaving asks first: closing or reloading the tab gets the browser's own question
 * (beforeunload), and a link inside the app gets ours, since App Router navigation never unloads
 * the page. `allowLeave` lets a successful save move on without asking.
 */
export function useLeaveGuard(dirty: boolean, what: string): { dialog: ReactNode; allowLeave: () => void } {
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const allowed = useRef(false);
  const guarding = dirty && !allowed.current;

  useEffect(() => {
    if (!guarding) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (allowed.current) return;
      const href = leavingHref(event);
      if (!href) return;
      // Capture phase on the document: the link's own handler (Next's router) never sees the click.
      event.preventDefault();
      event.stopPropagation();
      setPending(href);
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [guarding]);

  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title="Leave this page?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const href = pending!;
        allowed.current = true;
        setPending(null);
        router.push(href);
      }}
    >
      <p>{what} has not been saved. If you leave now, what you typed is lost.</p>
    </ConfirmDialog>
  );
  return {
    dialog,
    allowLeave: () => {
      allowed.current = true;
    },
  };
}
