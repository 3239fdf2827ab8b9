"use client";
import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

export interface ResolvedNotice {
  forecastId: string;
  title: string;
  text: string;
}

const AnnounceResolved = createContext<((notice: ResolvedNotice) => void) | null>(null);

/** Inside the queue: how a resolve form says it is done. Elsewhere (the forecast page) there is none. */
export function useAnnounceResolved(): ((notice: ResolvedNotice) => void) | null {
  return useContext(AnnounceResolved);
}

/**
 * What was resolved from the queue, kept above it: the resolved forecast leaves the list as the page
 * refreshes, taking its form along, so the confirmation lives here, and focus moves to it.
 */
export function ResolvedNotices({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<ResolvedNotice[]>([]);
  const ref = useRef<HTMLDivElement>(null);
  const announce = useCallback((notice: ResolvedNotice) => setNotices((shown) => [notice, ...shown.filter((n) => n.forecastId !== notice.forecastId)]), []);
  useEffect(() => {
    if (notices.length > 0) ref.current?.focus();
  }, [notices]);
  return (
    <AnnounceResolved.Provider value={announce}>
      <div ref={ref} tabIndex={-1} role="status" className="mb-4 flex flex-col gap-2 focus:outline-2" data-testid="resolved-notices">
        {notices.map((n) => (
          <div key={n.forecastId} className="rounded border-l-4 border-holding bg-green-50 px-4 py-3 text-holding">
            <p>{n.text}</p>
            <p>
              <Link href={`/forecasts/${n.forecastId}`} className="underline">See the outcome and the scores of “{n.title}”</Link>
            </p>
          </div>
        ))}
      </div>
      {children}
    </AnnounceResolved.Provider>
  );
}
