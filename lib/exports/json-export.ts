import type { ExportRecord } from "./types";

/** The JSON export: the same assessments with their answers as stored and their scores (full precision). */
export function toAssessmentsJson(records: readonly ExportRecord[], exportedAt: Date) {
  return {
    exportedAt: exportedAt.toISOString(),
    count: records.length,
    assessments: records.map((record) => ({
      id: record.id,
      agency: { name: record.agencyName, country: record.countryCode, region: record.region },
      round: record.round,
      status: record.status,
      instrumentVersion: record.instrumentVersion,
      submittedAt: record.submittedAt?.toISOString() ?? null,
      approvedAt: record.approvedAt?.toISOString() ?? null,
      answers: record.answers,
      scores: record.scores
        ? {
            scoringModelVersion: record.scores.scoringModelVersion,
            dimensions: Object.fromEntries(
              Object.entries(record.scores.dimensions).map(([id, d]) => [id, { score: d.score, stage: d.stage, status: d.status }]),
            ),
            indices: Object.fromEntries(Object.entries(record.scores.indices).map(([id, i]) => [id, { value: i.value, stage: i.stage }])),
          }
        : null,
    })),
  };
}
