import { describe, expect, it } from "vitest";
import { answersAll } from "@/lib/scoring/fixtures";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { readSnapshot, SnapshotReadError } from "./read-snapshot";

const scores = scoreAssessment(answersAll(2), []);
const row = {
  id: "s1",
  scores: structuredClone(scores),
  datasetVersions: {},
  instrumentVersion: scores.instrumentVersion,
  scoringModelVersion: scores.scoringModelVersion,
  createdAt: new Date(0),
};

describe("readSnapshot", () => {
  it("returns the engine's result as stored", () => {
    expect(readSnapshot(row).scores).toEqual(scores);
  });

  it("refuses a scoring model this code does not know", () => {
    expect(() => readSnapshot({ ...row, scoringModelVersion: "2099.1" })).toThrow(SnapshotReadError);
  });

  it("refuses damaged JSON and JSON that disagrees with the stored versions", () => {
    expect(() => readSnapshot({ ...row, scores: { ...scores, dimensions: {} } })).toThrow(SnapshotReadError);
    expect(() => readSnapshot({ ...row, scores: "{}" })).toThrow(SnapshotReadError);
    expect(() => readSnapshot({ ...row, instrumentVersion: "2025.1" })).toThrow(/disagree/);
  });
});
