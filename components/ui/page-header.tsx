import type { ReactNode } from "react";

export function PageHeader({ title, children, lead }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        {lead && <p className="mt-1 max-w-3xl text-muted">{lead}</p>}
      </div>
      {children && <div className="flex gap-2">{children}</div>}
    </div>
  );
}
