"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl">
      <title>Something went wrong · Signpost</title>
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">The page could not be shown. Nothing you entered was lost on our side; try again, and tell an administrator if it keeps happening.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
