/**
 * Synthetic forecasting data for benchmarks (`demo:generate`): seeded, so every run measures the
 * same data, and shaped like a real team's — tags from common to rare, most forecasts past their
 * horizon and resolved, a few busy forecasts among many quiet ones. Pure: the caller writes it.
 */

/** mulberry32: small, fast and good enough to spread synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const FIRST_NAMES = ["Ada", "Bilal", "Chen", "Dana", "Emre", "Farah", "Gil", "Hana", "Ivo", "Jun", "Kemal", "Lena", "Mina", "Nour", "Omar", "Pia", "Rami", "Sara", "Tariq", "Una", "Vera", "Wen", "Yara", "Zaid"];
const LAST_NAMES = ["Abbas", "Berg", "Costa", "Dahl", "Evans", "Farouk", "Grant", "Haddad", "Ibrahim", "Jensen", "Karimi", "Lund", "Mansour", "Novak", "Okafor", "Park", "Quinn", "Rahimi", "Saleh", "Tanaka", "Usman", "Vidal", "Weiss", "Yilmaz"];

/** "Dana Karimi 0042": realistic enough to type, unique by its number. */
export function analystName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]} ${String(index + 1).padStart(4, "0")}`;
}

const ACTORS = ["Iran-aligned militias", "Kataib Hezbollah", "The Iraqi government", "Coalition forces", "The Houthis", "Hezbollah", "The Assad government", "Turkish forces", "The PKK", "ISIS remnants", "The Sadrist movement", "Kurdish parties"];
const ACTIONS = ["strike", "sustain attacks on", "negotiate with", "withdraw from", "expand operations near", "target drones at", "hold talks in", "escalate against", "reduce attacks on", "seize"];
const PLACES = ["Erbil airport", "Baghdad's Green Zone", "al-Tanf garrison", "Ain al-Asad air base", "the Syrian border", "Basra's oil fields", "Sinjar", "Kirkuk", "Deir ez-Zor", "the Red Sea", "Mosul", "Sulaymaniyah"];
const WHENS = ["before the elections", "by the end of the year", "within six months", "before the summit", "during Ramadan", "before the anniversary", "by next summer", "this quarter"];

/** A title and statement made of the subject's words, so word searches hit and miss like real ones. */
export function forecastText(random: () => number): { title: string; statement: string } {
  const actor = pick(random, ACTORS);
  const action = pick(random, ACTIONS);
  const place = pick(random, PLACES);
  const when = pick(random, WHENS);
  return {
    title: `${actor} ${action} ${place} ${when}`,
    statement: `${actor} will ${action} ${place} ${when}, as reporting from ${pick(random, PLACES)} suggests; ${pick(random, ACTORS).toLowerCase()} may respond.`,
  };
}

export function eventText(random: () => number): { title: string; description: string } {
  const place = pick(random, PLACES);
  return {
    title: `${pick(random, ["Drone attack on", "Rocket fire at", "Talks held in", "Protest near", "Convoy hit near", "Statement on"])} ${place}`,
    description: `${pick(random, ACTORS)} ${pick(random, ACTIONS)} ${place}, according to local sources.`,
  };
}

/**
 * A tag pool where tag i is chosen with weight 1/(i+1) (Zipf): "iraq" on thousands of forecasts,
 * the last ones on a handful — the rare tags the filters must serve as fast as common ones.
 */
export function tagPicker(count: number): (random: () => number) => string {
  const tags = Array.from({ length: count }, (_, i) => (i < PLACES.length ? PLACES[i].toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "") : `topic-${String(i).padStart(3, "0")}`));
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) cumulative.push((total += 1 / (i + 1)));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return tags[low];
  };
}

/** Probabilities in tenths of a percent over `count` scenarios: each at least 1, summing to 1000. */
export function randomTenths(random: () => number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.05 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const tenths = weights.map((w) => Math.max(1, Math.floor((w / sum) * 1000)));
  const excess = tenths.reduce((a, b) => a + b, 0) - 1000;
  const largest = tenths.indexOf(Math.max(...tenths));
  tenths[largest] -= excess;
  return tenths;
}
