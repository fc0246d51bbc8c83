/**
 * The answer scales of instrument 2026.1 and their points.
 * Option order is the order shown to respondents (and in the deck's charts); do not reorder.
 */

/** Scales with a fixed list of options (multi, text and number items list their own constraints). */
export type ScaleKind = "status" | "adoption" | "budget";
/** The scales that carry points. */
export type ScoredScaleKind = "status" | "adoption";

/** Counts as an answer (completion) but carries no points (left out of the mean). */
export const DONT_KNOW = "dont_know";

/** Multi items accept this extra option, with a short free text. */
export const OTHER_OPTION = "other";
export const OTHER_TEXT_MAX_LENGTH = 200;

export const SCALE_OPTIONS = {
  status: ["fully_in_place", "in_development", "concrete_plans", "not_planned", DONT_KNOW],
  adoption: ["in_production", "pre_production", "pilot", "no_project", DONT_KNOW],
  budget: ["decreased", "same", "increased", DONT_KNOW],
} as const satisfies Record<ScaleKind, readonly string[]>;

export type ScaleOption<K extends ScaleKind> = (typeof SCALE_OPTIONS)[K][number];

/** `dont_know` is absent on purpose: it is an answer without points. */
const SCALE_POINTS = {
  status: { fully_in_place: 3, in_development: 2, concrete_plans: 1, not_planned: 0 },
  adoption: { in_production: 3, pre_production: 2, pilot: 1, no_project: 0 },
} as const satisfies {
  [K in ScoredScaleKind]: Record<Exclude<ScaleOption<K>, typeof DONT_KNOW>, number>;
};

/** The highest points an item can score on either scored scale. */
export const MAX_POINTS = 3;

export function isScaleOption(kind: ScaleKind, option: string): boolean {
  return (SCALE_OPTIONS[kind] as readonly string[]).includes(option);
}

/**
 * Points of one option. `null` when the option carries none: `dont_know`, an unknown option,
 * or a scale without points (`budget`), so callers can leave it out of the mean.
 */
export function pointsFor(kind: ScaleKind, option: string): number | null {
  if (kind === "budget") return null;
  const points: Partial<Record<string, number>> = SCALE_POINTS[kind];
  return Object.hasOwn(points, option) ? (points[option] ?? null) : null;
}
