import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl">
      <title>Not found · Signpost</title>
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">There is nothing at this address. It may have been mistyped, or the item may not exist.</p>
      <p className="mt-4">
        <Link href="/forecasts" className="text-accent underline">Go to the forecasts</Link>
      </p>
    </div>
  );
}
