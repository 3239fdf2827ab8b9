import Link from "next/link";

/** Fields of the GET forms that filter the list pages; their values live in the URL. */
const CONTROL = "w-full min-w-0 rounded border border-line px-3 py-2";

export function FilterText({ label, name, value, placeholder }: { label: string; name: string; value?: string; placeholder?: string }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input name={name} defaultValue={value ?? ""} placeholder={placeholder} className={CONTROL} />
    </label>
  );
}

export function FilterDate({ label, name, value }: { label: string; name: string; value?: string }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input type="date" name={name} defaultValue={value ?? ""} className={CONTROL} />
    </label>
  );
}

export function FilterSelect({ label, name, value, anyLabel = "Any", options }: { label: string; name: string; value?: string; anyLabel?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <div className="flex items-end gap-2">
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">Filter</button>
      <Link href={clearHref} className="px-2 py-2 underline">Clear</Link>
    </div>
  );
}

/** "A — Completely reliable" style options from a code → label table. */
export function codedOptions(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([code, label]) => ({ value: code, label: `${code} — ${label}` }));
}
