import { useId } from "react";
import type { ScenarioDto } from "@/lib/dto/forecast";

interface ScenarioPickerProps {
  scenarios: readonly ScenarioDto[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/** Native radios styled as a segmented control: arrow keys, Tab and screen readers work as they do everywhere. */
export function ScenarioPicker({ scenarios, selectedId, onSelect }: ScenarioPickerProps) {
  const name = useId();
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 text-sm font-semibold">Scenario charted</legend>
      <div className="flex flex-wrap gap-2">
        {scenarios.map((scenario) => (
          <label
            key={scenario.id}
            className="cursor-pointer rounded border border-line bg-white px-3 py-1 text-sm has-checked:border-accent has-checked:bg-accent has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={name}
              value={scenario.id}
              checked={scenario.id === selectedId}
              onChange={() => onSelect(scenario.id)}
              className="sr-only"
            />
            {scenario.label}
            {scenario.baseline && " (baseline)"}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
