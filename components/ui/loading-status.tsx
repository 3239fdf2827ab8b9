/** What a section shows while its server work runs. */
export function LoadingStatus() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 text-muted">
      <span aria-hidden className="inline-block h-5 w-5 animate-spin rounded-full border-2 border-accent border-t-transparent" />
      Loading…
    </div>
  );
}
