export {
  bandIndexOf,
  bandsOf,
  describeProbability,
  ICD203_BANDS,
  PHIA_BANDS,
  type Band,
  type ProbabilityDescription,
  type ScaleId,
} from "./scales";
export { parseProbabilityInput, probabilityFromWords, type ProbabilityInput, type ProbabilityInputError } from "./words";
export { findVagueTerms, VAGUE_TERMS, type VagueMatch } from "./vague";
export {
  hasAtMostOneDecimal,
  MAX_PERCENT,
  MIN_PERCENT,
  SUM_TOLERANCE,
  validateProbabilityVector,
  type ProbabilityIssue,
  type ProbabilityVectorResult,
} from "./probability";
export { extractJudgments, extractKeyJudgments, type Judgment, type JudgmentGroup, type KeyJudgments, type ProbabilityRange, type TermSpan } from "./extract";
export { findStatedProbabilities, type StatedProbability } from "./stated-numbers";
export { forecastStatement, forecastTitle, TITLE_MAX } from "./titles";
export type { Horizon } from "./horizons";
