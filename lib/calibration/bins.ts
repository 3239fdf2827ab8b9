/**
 * The calibration bins of SPEC §5, on percentages: `deciles` ([0,10), [10,20) … [90,100]) and
 * `icd203` (the seven bands of §3). `phia` is the UK yardstick's seven bands with its gaps as
 * bins of their own, labelled "between X and Y" as §3 says a number in a gap is shown (never
 * forced into a word), so every percentage falls in exactly one bin of each kind.
 */
import { ICD203_BANDS, PHIA_BANDS, type Band } from "@/lib/estimative/scales";

export type BinKind = "deciles" | "icd203" | "phia";

export interface Bin {
  lower: number;
  upper: number;
  lowerInclusive: boolean;
  upperInclusive: boolean;
  /** What the axis and sentences say: "40–50%" for a decile, the band's words otherwise. */
  label: string;
}

function decile(index: number): Bin {
  const lower = index * 10;
  return { lower, upper: lower + 10, lowerInclusive: true, upperInclusive: index === 9, label: `${lower}–${lower + 10}%` };
}

const fromBand = (b: Band): Bin => ({ lower: b.lower, upper: b.upper, lowerInclusive: b.lowerInclusive, upperInclusive: b.upperInclusive, label: b.label });

/** PHIA's bands with each gap between two neighbours as its own bin, both gap edges exclusive. */
function phiaBins(): Bin[] {
  const bins: Bin[] = [];
  PHIA_BANDS.forEach((band, index) => {
    const previous = PHIA_BANDS[index - 1];
    if (previous) {
      bins.push({ lower: previous.upper, upper: band.lower, lowerInclusive: !previous.upperInclusive, upperInclusive: !band.lowerInclusive, label: `between ${previous.label} and ${band.label}` });
    }
    bins.push(fromBand(band));
  });
  // "realistic possibility" is [40, 50) and "likely" [55, 75]: the gap is [50, 55).
  return bins;
}

const BINS: Record<BinKind, readonly Bin[]> = {
  deciles: Array.from({ length: 10 }, (_, i) => decile(i)),
  icd203: ICD203_BANDS.map(fromBand),
  phia: phiaBins(),
};

export function binsOf(kind: BinKind): readonly Bin[] {
  return BINS[kind];
}

/** `isInBand`'s test on a bin's edges, without building a band per call (it runs for every count of every calibration). */
export function isInBin(pct: number, bin: Bin): boolean {
  const aboveLower = bin.lowerInclusive ? pct >= bin.lower : pct > bin.lower;
  const belowUpper = bin.upperInclusive ? pct <= bin.upper : pct < bin.upper;
  return aboveLower && belowUpper;
}

/** Each kind's bin of every stored probability (a tenth of a percent, 0–1000), worked out once. */
const BIN_OF_TENTHS = new Map<BinKind, Int8Array>();

function binOfTenths(kind: BinKind): Int8Array {
  let table = BIN_OF_TENTHS.get(kind);
  if (!table) {
    table = new Int8Array(1001);
    for (let tenths = 0; tenths <= 1000; tenths++) table[tenths] = BINS[kind].findIndex((bin) => isInBin(tenths / 10, bin));
    BIN_OF_TENTHS.set(kind, table);
  }
  return table;
}

/** The index of the one bin holding `pct` (0–100). */
export function binIndexOf(pct: number, kind: BinKind): number {
  const index = BINS[kind].findIndex((bin) => isInBin(pct, bin));
  if (index === -1) throw new RangeError(`probability must be a percentage between 0 and 100, got ${pct}`);
  return index;
}

/** `binIndexOf` of a stored probability (a whole number of tenths of a percent), from a table. */
export function binIndexOfTenths(tenths: number, kind: BinKind): number {
  if (!Number.isInteger(tenths) || tenths < 0 || tenths > 1000) return binIndexOf(tenths / 10, kind);
  return binOfTenths(kind)[tenths];
}
