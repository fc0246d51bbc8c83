import { answerEntrySchema } from "@/lib/questionnaire/answer-schemas";
import { allItems } from "@/lib/questionnaire/lookup";
import { OTHER_OPTION, SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { AnswerValue, Answers, Item } from "@/lib/questionnaire/types";

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same data set. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/**
 * A complete, valid set of answers, as a respondent could give them: `level` (0–3) leans the scored items
 * towards that many points, some items are "don't know" or left unanswered (so that some dimensions are
 * insufficient), tick-all items tick a few options, numbers stay in range. Test and benchmark data only;
 * every answer passes the instrument's own schema.
 */
export function randomAnswers(random: () => number, level: number, gapRate = 0.1): Answers {
  const answers: Answers = {};
  for (const item of allItems) {
    if (!item.required && random() < 0.5) continue;
    if (item.kind === "status" || item.kind === "adoption") {
      if (random() < gapRate) continue;
      if (random() < gapRate) {
        answers[item.id] = { value: "dont_know" };
        continue;
      }
    }
    const entry = randomEntry(random, item, level);
    answers[item.id] = answerEntrySchema(item).parse(entry);
  }
  return answers;
}

function randomEntry(random: () => number, item: Item, level: number): { value: AnswerValue; otherText?: string | null } {
  switch (item.kind) {
    case "status":
    case "adoption": {
      // Options are listed from 3 points down to 0; a level ± 1 spread.
      const points = Math.max(0, Math.min(3, Math.round(level + (random() * 2 - 1))));
      return { value: SCALE_OPTIONS[item.kind][3 - points]! };
    }
    case "budget":
      return { value: pick(random, SCALE_OPTIONS.budget) };
    case "single":
      return { value: pick(random, item.options) };
    case "multi": {
      const options = item.options.filter((option) => option !== item.exclusiveOption);
      const ticked = options.filter(() => random() < 0.3);
      if (ticked.length === 0) return { value: [item.exclusiveOption ?? options[0]!] };
      if (item.allowOther && random() < 0.1) return { value: [...ticked, OTHER_OPTION], otherText: "Ferias de empleo móviles" };
      return { value: ticked };
    }
    case "number":
      return { value: item.min + Math.floor(random() * Math.min(item.max - item.min + 1, 100)) };
    case "text":
      return { value: "Notes from the regional offices, 2026.".slice(0, item.maxLength) };
  }
}
