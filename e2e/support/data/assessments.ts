import { writeScoreSnapshot } from "@/lib/data/snapshots/write-snapshot";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { instrument } from "@/lib/questionnaire/instrument";
import { allItems } from "@/lib/questionnaire/lookup";
import { SCALE_OPTIONS } from "@/lib/questionnaire/scales";
import type { AnswerValue, Answers, Item } from "@/lib/questionnaire/types";
import { e2eDb } from "./client";

/** An answer profile as the questionnaire stores it: item id → value. */
export type AnswerProfile = Record<string, AnswerValue>;

export function answersOf(profile: AnswerProfile): Answers {
  return Object.fromEntries(Object.entries(profile).map(([itemId, value]) => [itemId, { value }]));
}

type Points = 0 | 1 | 2 | 3;

/** A valid answer for the item; a scored item gets the option worth `points`. */
function answerFor(item: Item, points: Points): AnswerValue {
  switch (item.kind) {
    case "status":
    case "adoption":
      // Scale order is 3, 2, 1, 0 points, then "don't know".
      return SCALE_OPTIONS[item.kind][3 - points]!;
    case "budget":
      return "same";
    case "single":
      return item.options[0]!;
    case "multi":
      return [item.options[0]!];
    case "number":
      return item.min;
    case "text":
      return "Ferias de empleo";
  }
}

/** Every item of the instrument answered (so it can be submitted), the scored ones worth `points` each. */
export function completeAnswers(points: Points): Answers {
  return Object.fromEntries(allItems.map((item) => [item.id, { value: answerFor(item, points) }]));
}

/** The status history that leads to each status, as the workflow writes it. */
const PATH: Record<AssessmentStatus, AssessmentStatus[]> = {
  DRAFT: ["DRAFT"],
  SUBMITTED: ["DRAFT", "SUBMITTED"],
  RETURNED: ["DRAFT", "SUBMITTED", "RETURNED"],
  APPROVED: ["DRAFT", "SUBMITTED", "APPROVED"],
};

/**
 * An assessment of the agency for `round`, in any status, with its answers, section comments and status
 * history. A submitted (or returned, approved) one gets its score snapshot from the app's own writer,
 * scored against the datasets published at that moment, typed columns included, as a submission stores it.
 */
export async function createAssessment(input: {
  agencyId: string;
  createdById: string;
  round: number;
  status?: AssessmentStatus;
  answers?: Answers;
  comments?: Record<string, string>;
}): Promise<string> {
  const status = input.status ?? "DRAFT";
  const answers = input.answers ?? {};
  const now = new Date();
  return e2eDb().$transaction(async (tx) => {
    const { id } = await tx.assessment.create({
      data: {
        agencyId: input.agencyId,
        round: input.round,
        status,
        instrumentVersion: instrument.version,
        createdById: input.createdById,
        submittedAt: status === "DRAFT" ? null : now,
        approvedAt: status === "APPROVED" ? now : null,
        answers: {
          create: Object.entries(answers).map(([itemId, entry]) => ({ itemId, value: entry.value, otherText: entry.otherText ?? null, updatedById: input.createdById })),
        },
        sections: {
          create: Object.entries(input.comments ?? {}).map(([sectionId, comment]) => ({ sectionId, comment, updatedById: input.createdById })),
        },
      },
      select: { id: true },
    });
    const path = PATH[status];
    for (const [index, toStatus] of path.entries()) {
      // Distinct times keep the history in order when it is read back.
      await tx.statusEvent.create({ data: { assessmentId: id, fromStatus: path[index - 1] ?? null, toStatus, actorId: input.createdById, createdAt: new Date(now.getTime() - (path.length - index) * 1000) } });
    }
    if (status !== "DRAFT") await writeScoreSnapshot(tx, { assessmentId: id, answers, createdById: input.createdById });
    return id;
  });
}
