import Link from "next/link";
import type { Need, NeedKind } from "@/lib/inbox/needs";
import { countOf } from "@/lib/format/plural";

const KIND_LABELS: Record<NeedKind, string> = {
  stale: "Stale",
  new_evidence: "New evidence",
  closing_soon: "Closing soon",
  resolution_due: "Resolution due",
  escalated: "Escalated",
};

/** The home page's "what needs me": each item links to where it is dealt with, and is gone once it is. */
export function WhatNeedsMe({ needs }: { needs: Need[] }) {
  return (
    <section aria-labelledby="needs-heading" className="rounded border border-line bg-white p-4" data-testid="what-needs-me">
      <h2 id="needs-heading" className="mb-2 text-xl font-semibold">
        What needs you {needs.length > 0 && <span className="text-base font-normal text-muted">({countOf(needs.length, "item")})</span>}
      </h2>
      {needs.length === 0 ? (
        <p className="text-muted">Nothing needs you right now.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {needs.map((need) => (
            <li key={need.id} data-kind={need.kind}>
              <span className="mr-2 rounded bg-paper px-1 text-xs font-semibold uppercase tracking-wide text-muted">{KIND_LABELS[need.kind]}</span>
              <Link href={need.href} className="underline">
                {need.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
