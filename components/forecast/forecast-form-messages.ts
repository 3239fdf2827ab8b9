/**
 * The new-forecast form speaks in its labels: the schema's (and the API's) messages, keyed by
 * field path ("tags.2", "probabilities.1"), become words a person reads beside the field.
 */
import { formatDay } from "@/lib/format/dates";
import { EMPTY_PROBABILITY } from "./probability-reading";

/** The form's own fields, and a few places that stand for a field the form has no box for. */
export type FormField = string;

/** Maps the schema's paths onto the form's fields ("probabilities.1" is scenario 2's probability box). */
export function formFieldOf(path: string): FormField {
  const probability = /^probabilities\.(\d+)$/.exec(path);
  if (probability) return `scenarios.${probability[1]}.probability`;
  const tag = /^tags\.\d+$/.exec(path);
  if (tag) return "tags";
  if (path === "probabilities") return "probabilitiesTotal";
  if (path === "closesAt") return "closesOn";
  if (path === "scenarios") return "scenariosRoot";
  if (path === "") return "form";
  return path;
}

const LABELS: Record<string, string> = {
  reportId: "Report",
  title: "Title",
  statement: "Statement",
  resolutionCriteria: "Resolution criteria",
  closesOn: "Horizon",
  confidence: "Analytic confidence",
  teamId: "Team",
  tags: "Tags",
  scenariosRoot: "Baseline",
  probabilitiesTotal: "Total",
  excerpt: "Excerpt from the report",
  rationale: "Rationale",
};

/** The label a person sees for a form field, as the summary names it. */
export function labelOf(field: FormField): string {
  const scenario = /^scenarios\.(\d+)\.(label|description|probability)$/.exec(field);
  if (scenario) {
    const n = Number(scenario[1]) + 1;
    return { label: `Scenario ${n}`, description: `Scenario ${n} description`, probability: `Scenario ${n} probability` }[scenario[2]]!;
  }
  // A problem with the whole form (no field) is said without a label.
  return field === "form" ? "" : (LABELS[field] ?? field);
}

const ABOVE_SCENARIOS = ["form", "reportId", "title", "statement", "resolutionCriteria", "closesOn", "confidence", "teamId", "tags", "scenariosRoot"];
const BELOW_SCENARIOS = ["probabilitiesTotal", "excerpt", "rationale"];
const SCENARIO_PARTS = ["label", "description", "probability"];

/** Where a field sits in the form, top to bottom, so the summary lists fields in reading order. */
export function orderOf(field: FormField): number {
  const scenario = /^scenarios\.(\d+)\.(label|description|probability)$/.exec(field);
  if (scenario) return 100 + Number(scenario[1]) * SCENARIO_PARTS.length + SCENARIO_PARTS.indexOf(scenario[2]);
  if (ABOVE_SCENARIOS.includes(field)) return ABOVE_SCENARIOS.indexOf(field);
  if (BELOW_SCENARIOS.includes(field)) return 1000 + BELOW_SCENARIOS.indexOf(field);
  return 2000;
}

const REQUIRED: Record<string, string> = {
  title: "Give the forecast a title.",
  statement: "Write the judgment this forecast tracks.",
  resolutionCriteria: "Say how a reviewer will decide which scenario happened.",
};

/** What the form knows that makes a message specific: the tags as read, the text typed. */
export interface MessageContext {
  tags: string[];
  textOf: (field: FormField) => string;
  closesAt: number | null;
}

/**
 * One schema (or server) message, for one path, in words a person understands. Every message
 * the forecast schema can give has its sentence here (forecast-form-messages.test.ts checks).
 */
export function humanMessage(path: string, message: string, context: MessageContext): string {
  const field = formFieldOf(path);
  const tagIndex = /^tags\.(\d+)$/.exec(path);
  if (tagIndex) return tagMessage(message, context.tags[Number(tagIndex[1])] ?? "");
  const tooLong = /^must be at most ([\d,]+) characters$/.exec(message);
  if (tooLong) return `Keep it to ${tooLong[1]} characters or fewer (it has ${context.textOf(field).trim().length.toLocaleString("en-GB")}).`;
  if (message === "is required") {
    if (/^scenarios\.\d+\.label$/.test(field)) return "Name this scenario.";
    return REQUIRED[field] ?? "Fill this in.";
  }
  switch (field) {
    case "closesOn":
      if (message === "must be in the future") return pastHorizonMessage(context.closesAt);
      return "Enter the day the forecast closes.";
    case "teamId":
      return "That team no longer exists: choose another, or no team.";
    case "reportId":
      return "The report this forecast comes from no longer exists: start again from the report's page.";
    case "confidence":
      return "Choose low, moderate or high, or leave it not stated.";
    case "tags":
      return `Use at most 20 tags (there are ${context.tags.length}).`;
    case "scenariosRoot":
      if (/baseline/.test(message)) return "Mark one scenario as the baseline (the main assessment).";
      if (/at least/.test(message)) return "Give at least two scenarios.";
      return "Use at most 12 scenarios.";
    case "probabilitiesTotal": {
      const sum = /they sum to ([\d.]+)/.exec(message);
      return sum ? `The probabilities add up to ${sum[1]}%; they must add up to 100%.` : "Give every scenario a probability.";
    }
  }
  if (/^scenarios\.\d+\.label$/.test(field) && /repeats/.test(message)) return "Another scenario has this name: give each its own.";
  if (/^scenarios\.\d+\.probability$/.test(field)) return probabilityMessage(message);
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/** A horizon that has passed: say which day, and what to do. */
function pastHorizonMessage(closesAt: number | null): string {
  return closesAt === null ? "That day has passed: choose a later day." : `${formatDay(closesAt)} has passed: choose a later day.`;
}

function tagMessage(message: string, tag: string): string {
  if (/at most 40/.test(message)) return `“${shorten(tag)}” is longer than 40 characters.`;
  if (/cannot be empty/.test(message)) return "Remove the empty tag between two commas.";
  return `“${shorten(tag)}” can't be a tag: use letters, digits, spaces and - _ . only, starting with a letter or digit.`;
}

/** The API's per-number messages, for a probability the server refused. */
function probabilityMessage(message: string): string {
  if (/at least|at most/.test(message)) return "Probabilities run from 0.1 to 99.9: nothing is certain.";
  if (/one decimal/.test(message)) return "Use at most one decimal.";
  return EMPTY_PROBABILITY;
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
