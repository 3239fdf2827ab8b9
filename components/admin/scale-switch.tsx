"use client";
import { useState } from "react";
import { setScaleAction } from "@/app/_actions/admin";
import { SettingForm } from "./setting-form";

export function ScaleSwitch({ scale }: { scale: "icd203" | "phia" }) {
  const [chosen, setChosen] = useState(scale);
  return (
    <SettingForm
      label="Estimative scale"
      unchanged={chosen === scale}
      save={() => setScaleAction(chosen)}
      savedMessage="Saved: words everywhere now follow this scale."
      submitLabel="Save scale"
    >
      <p className="text-sm text-muted">Changes only the words shown beside numbers; stored probabilities never change.</p>
      <label className="flex items-center gap-2">
        <input type="radio" name="scale" checked={chosen === "icd203"} onChange={() => setChosen("icd203")} /> ICD 203 (US intelligence community)
      </label>
      <label className="flex items-center gap-2">
        <input type="radio" name="scale" checked={chosen === "phia"} onChange={() => setChosen("phia")} /> UK PHIA probability yardstick
      </label>
    </SettingForm>
  );
}
