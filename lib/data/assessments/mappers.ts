import { getCompletion } from "@/lib/questionnaire/completion";
import type { Answers } from "@/lib/questionnaire/types";
import { readStoredValue } from "./stored-value";
import type { AssessmentStatus, AssessmentSummary, CompletionSummary } from "./types";

/** Stored answer rows → `Answers` (each value read through its schema: stored-value.ts). */
export function toAnswers(rows: readonly { itemId: string; value: unknown; otherText: string | null }[]): Answers {
  const answers: Answers = {};
  for (const row of rows) {
    answers[row.itemId] = { value: readStoredValue(row.value), otherText: row.otherText };
  }
  return answers;
}

export function summariseCompletion(answers: Answers): CompletionSummary {
  const sections = getCompletion(answers);
  const sum = (pick: (s: (typeof sections)[number]) => number) => sections.reduce((total, s) => total + pick(s), 0);
  const required = sum((s) => s.required);
  const requiredAnswered = sum((s) => s.requiredAnswered);
  return {
    required,
    requiredAnswered,
    answered: sum((s) => s.answered),
    total: sum((s) => s.total),
    percent: required === 0 ? 100 : Math.floor((requiredAnswered / required) * 100),
  };
}

type AssessmentRow = {
  id: string;
  agencyId: string;
  agency: { name: string; region: string };
  round: number;
  status: AssessmentStatus;
  instrumentVersion: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
};

export function toSummary(row: AssessmentRow, answers: Answers): AssessmentSummary {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agency.name,
    agencyRegion: row.agency.region,
    round: row.round,
    status: row.status,
    instrumentVersion: row.instrumentVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    completion: summariseCompletion(answers),
  };
}

export const ASSESSMENT_SELECT = {
  id: true,
  agencyId: true,
  agency: { select: { name: true, region: true } },
  round: true,
  status: true,
  instrumentVersion: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  approvedAt: true,
} as const;
