"use client";
import { useState } from "react";
import { setIndependenceAction } from "@/app/_actions/admin";
import { SettingForm } from "./setting-form";

/** The installation's independent-first-forecast rule (SPEC §2), on by default. */
export function IndependenceSwitch({ on }: { on: boolean }) {
  const [chosen, setChosen] = useState(on);
  return (
    <SettingForm label="Independent first forecasts" unchanged={chosen === on} save={() => setIndependenceAction(chosen)}>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={chosen} onChange={(e) => setChosen(e.target.checked)} />
        <span>
          Hide other analysts&apos; numbers on a forecast until an analyst has made their own first prediction on it
          <span className="block text-sm text-muted">Reviewers and managers always see everything.</span>
        </span>
      </label>
    </SettingForm>
  );
}
