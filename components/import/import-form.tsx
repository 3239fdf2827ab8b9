"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { countOf } from "@/lib/format/plural";
import { describeImportField, type ImportAnswer } from "@/lib/validation/import";

/** Links shown after an import; a larger one links to the forecast list for the rest. */
const LINKS_SHOWN = 50;
/** Problems listed on the page; the API's answer lists them all. */
const PROBLEMS_SHOWN = 500;

type Issue = { field: string; message: string };

type State =
  | { step: "idle" }
  | { step: "uploading"; sent: number; total: number }
  | { step: "writing" }
  | { step: "done"; answer: ImportAnswer; titles: string[] }
  | { step: "refused"; message: string; issues: Issue[] };

/**
 * Upload a track record (SPEC §6) with an honest progress bar: the bytes sent, measured by the
 * browser while the file goes up (XMLHttpRequest reports upload progress, fetch does not), then
 * an indeterminate bar while the server checks every forecast and writes them in one transaction,
 * a step whose length it cannot tell in advance. Every problem is listed by forecast and field.
 */
export function ImportForm() {
  const fileId = useId();
  const hintId = `${fileId}-hint`;
  const errorId = `${fileId}-error`;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const busy = state.step === "uploading" || state.step === "writing";

  useEffect(() => {
    if (state.step === "done" || state.step === "refused") resultHeading.current?.focus();
  }, [state.step]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError("Choose a JSON file to import.");
      return;
    }
    setFileError(null);
    const text = await file.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      setState({ step: "refused", message: `${file.name} is not a JSON file (${(error as Error).message}). Nothing was imported.`, issues: [] });
      return;
    }
    setState({ step: "uploading", sent: 0, total: text.length });
    const { status, body } = await upload(text, (sent, total) => setState(sent < total ? { step: "uploading", sent, total } : { step: "writing" }));
    if (status === 201) setState({ step: "done", answer: body as ImportAnswer, titles: titlesOf(parsed) });
    else setState(refusal(status, body));
  }

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} noValidate aria-label="Import a track record" className="flex flex-col gap-3 rounded border border-line bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={fileId} className="font-semibold">Track record (JSON file)</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            aria-invalid={Boolean(fileError)}
            aria-describedby={[hintId, fileError ? errorId : ""].filter(Boolean).join(" ")}
            className={inputClass}
            disabled={busy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          <p id={hintId} className="text-sm text-muted">
            The JSON of <code>POST /api/v1/import</code>: <code>{"{\"forecasts\": [...]}"}</code>, each forecast with its scenarios, <code>createdAt</code>, author&apos;s email,
            predictions (analyst&apos;s email, <code>createdAt</code>, a percentage per scenario) and maybe a resolution. All or nothing: one bad item and nothing is imported.
          </p>
          {fileError && (
            <p id={errorId} role="alert" className="text-sm font-semibold text-overtaken">
              {fileError}
            </p>
          )}
        </div>
        <div>
          <Button type="submit" busy={busy}>
            Import
          </Button>
        </div>
      </form>
      <Progress state={state} />
      {state.step === "done" && <Imported answer={state.answer} titles={state.titles} headingRef={resultHeading} />}
      {state.step === "refused" && <Refused message={state.message} issues={state.issues} headingRef={resultHeading} />}
    </div>
  );
}

function Progress({ state }: { state: State }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      {state.step === "uploading" && (
        <>
          <p>
            Uploading… {Math.round((state.sent / Math.max(1, state.total)) * 100)}%
          </p>
          <progress aria-label="Upload" max={state.total} value={state.sent} className="h-3 w-full" />
        </>
      )}
      {state.step === "writing" && (
        <>
          <p>Uploaded. Checking every forecast and writing them all at once…</p>
          <progress aria-label="Checking and writing" className="h-3 w-full" />
        </>
      )}
    </div>
  );
}

function Imported({ answer, titles, headingRef }: { answer: ImportAnswer; titles: string[]; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const { forecasts, predictions, resolutions } = answer.imported;
  return (
    <section aria-labelledby="imported-heading" className="flex flex-col gap-3">
      <h2 id="imported-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Imported
      </h2>
      <Alert tone="success">
        {countOf(forecasts, "forecast")}, {countOf(predictions, "prediction")} and {countOf(resolutions, "resolution")} were imported, and the resolved forecasts scored.
      </Alert>
      <ol className="list-decimal pl-6" aria-label="Imported forecasts">
        {answer.ids.slice(0, LINKS_SHOWN).map((id, index) => (
          <li key={id}>
            <Link href={`/forecasts/${encodeURIComponent(id)}`} className="text-accent-dark underline">
              {titles[index] ?? `Forecast ${index + 1}`}
            </Link>
          </li>
        ))}
      </ol>
      {answer.ids.length > LINKS_SHOWN && (
        <p>
          …and {countOf(answer.ids.length - LINKS_SHOWN, "more forecast")}: see <Link href="/forecasts" className="text-accent-dark underline">all forecasts</Link>.
        </p>
      )}
    </section>
  );
}

function Refused({ message, issues, headingRef }: { message: string; issues: Issue[]; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  return (
    <section aria-labelledby="refused-heading" className="flex flex-col gap-3">
      <h2 id="refused-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Nothing was imported
      </h2>
      <Alert tone="error">{message}</Alert>
      {issues.length > 0 && (
        <ol className="flex flex-col gap-1" aria-label="Problems in the file">
          {issues.slice(0, PROBLEMS_SHOWN).map((issue, index) => (
            <li key={`${issue.field}-${index}`} className="rounded border border-line bg-white px-3 py-2">
              <span className="font-semibold">{describeImportField(issue.field)}</span>: {issue.message} <code className="text-sm text-muted">({issue.field || "the file"})</code>
            </li>
          ))}
        </ol>
      )}
      {issues.length > PROBLEMS_SHOWN && <p>…and {countOf(issues.length - PROBLEMS_SHOWN, "more problem")}, the same kinds as above.</p>}
    </section>
  );
}

/** POSTs the text to the import route, reporting the bytes sent. Same origin: the session cookie goes with it. */
function upload(text: string, progress: (sent: number, total: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/v1/import");
    request.setRequestHeader("content-type", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) progress(event.loaded, event.total);
    };
    request.upload.onload = () => progress(1, 1);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => resolve({ status: 0, body: null });
    request.send(text);
  });
}

function titlesOf(parsed: unknown): string[] {
  const forecasts = (parsed as { forecasts?: { title?: unknown }[] })?.forecasts;
  return Array.isArray(forecasts) ? forecasts.map((f, i) => (typeof f?.title === "string" ? f.title : `Forecast ${i + 1}`)) : [];
}

function refusal(status: number, body: unknown): State {
  const error = (body as { error?: { message?: string; details?: unknown } } | null)?.error;
  const issues = Array.isArray(error?.details) ? (error.details as Issue[]) : [];
  if (status === 422) return { step: "refused", message: `${countOf(issues.length, "problem")} in the file: fix ${issues.length === 1 ? "it" : "them"} and import again. Nothing was imported.`, issues };
  if (status === 0) return { step: "refused", message: "The upload did not reach the server (is it running?). Nothing was imported.", issues: [] };
  return { step: "refused", message: `${error?.message ?? `The server answered ${status}.`} Nothing was imported.`, issues };
}
