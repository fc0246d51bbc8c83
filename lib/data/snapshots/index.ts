export { createScoreSnapshot, loadScoringDatasets } from "./create-snapshot";
export { getCurrentSnapshot, readSnapshot, SnapshotReadError, type ScoreSnapshotView } from "./read-snapshot";
