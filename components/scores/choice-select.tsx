"use client";

/**
 * The filters' select of a long list (every scored analyst: a thousand at scale), as a client
 * component: the list travels to the browser once as data — one array shared by every select that
 * offers it — instead of as a thousand rendered option elements per select in the page's server
 * payload. The markup is `FilterSelect`'s.
 */
export function ChoiceSelect({ label, name, value, anyLabel, choices }: { label: string; name: string; value?: string; anyLabel: string; choices: readonly { id: string; name: string }[] }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="w-full min-w-0 rounded border border-line px-3 py-2">
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
