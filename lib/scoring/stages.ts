/**
 * Maturity stages and their cut-offs (methodology 2026.1 §2): 0–<20 Initial, 20–<40 Emerging,
 * 40–<60 Developing, 60–<80 Advanced, 80–100 Leading. The same cut-offs stage the indices.
 */
export const STAGES = ["initial", "emerging", "developing", "advanced", "leading"] as const;
export type Stage = (typeof STAGES)[number];

/** Inclusive lower bound of each stage on the 0–100 scale: a score of exactly 60 is Advanced. */
export const STAGE_LOWER_BOUNDS = {
  initial: 0,
  emerging: 20,
  developing: 40,
  advanced: 60,
  leading: 80,
} as const satisfies Record<Stage, number>;

/**
 * A score kept as an exact fraction of whole numbers (score = numerator / denominator, 0–100), so that a
 * stage is decided without floating-point error: 100 × 6 / (3 × 10) is compared as 600 ≥ 60 × 30.
 */
export type ExactScore = { numerator: number; denominator: number };

export function stageOf(score: ExactScore): Stage {
  if (!Number.isSafeInteger(score.numerator) || !Number.isSafeInteger(score.denominator) || score.denominator <= 0) {
    throw new Error(`stageOf needs whole numbers and a positive denominator, got ${score.numerator}/${score.denominator}`);
  }
  for (const stage of [...STAGES].reverse()) {
    if (score.numerator >= STAGE_LOWER_BOUNDS[stage] * score.denominator) return stage;
  }
  throw new Error(`A score below 0 has no stage: ${score.numerator}/${score.denominator}`);
}

/** The stage an agency works towards next; `null` at Leading. */
export function nextStageOf(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

/** Stages are ordered: Advanced and Leading are "at or above Advanced". */
export function isStageBelow(stage: Stage, other: Stage): boolean {
  return STAGES.indexOf(stage) < STAGES.indexOf(other);
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : greatestCommonDivisor(b, a % b);
}

/** The exact mean of exact scores (the indices average dimension scores without rounding). */
export function meanOfExactScores(scores: readonly ExactScore[]): ExactScore {
  if (scores.length === 0) throw new Error("The mean of no score is undefined");
  let sum: ExactScore = { numerator: 0, denominator: 1 };
  for (const score of scores) {
    const numerator = sum.numerator * score.denominator + score.numerator * sum.denominator;
    const denominator = sum.denominator * score.denominator;
    const divisor = greatestCommonDivisor(numerator, denominator) || 1;
    sum = { numerator: numerator / divisor, denominator: denominator / divisor };
  }
  return { numerator: sum.numerator, denominator: sum.denominator * scores.length };
}

export function valueOf(score: ExactScore): number {
  return score.numerator / score.denominator;
}
