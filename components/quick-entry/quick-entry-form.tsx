"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { quickForecastAction } from "@/app/_actions/quick-forecast";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** One line to a yes/no forecast, typed and sent with Enter; the new forecast opens for the rest. */
export function QuickEntryForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await quickForecastAction(text);
    if (!result.ok) {
      setBusy(false);
      setError(result.fieldErrors.text ?? result.message);
      return;
    }
    router.push(`/forecasts/${result.data.id}`);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Quick forecast" className="flex flex-col gap-2 rounded border border-line bg-white p-4 md:flex-row md:items-start">
      <div className="flex-1">
        <Field label="Quick forecast" error={error} hint="A yes/no question with its horizon, then your probability of Yes — press Enter.">
          {(p) => (
            <input {...p} value={text} onChange={(e) => setText(e.target.value)} placeholder="Iran's proxies attack US forces in Syria before 1 March 2027? 70%" className={inputClass} />
          )}
        </Field>
      </div>
      <Button type="submit" busy={busy} className="md:mt-7">Create</Button>
    </form>
  );
}
