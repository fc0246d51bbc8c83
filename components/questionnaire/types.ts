import type { ItemKind } from "@/lib/questionnaire/types";

/** What a form control needs from an item, with its wording already translated on the server. */
export type OptionView = { value: string; label: string };

export type ItemView = {
  id: string;
  kind: ItemKind;
  label: string;
  help?: string;
  required: boolean;
  scored: boolean;
  options: OptionView[];
  allowOther?: boolean;
  exclusiveOption?: string;
  min?: number;
  max?: number;
  maxLength?: number;
};

/** Instrument-wide wording the controls need (from the server-only `instrument` namespace). */
export type ItemStrings = { other: string; otherPlaceholder: string; tickAllThatApply: string };

/** A stored answer as the save and live routes return it (lib/data/assessments/stored-answer.ts). */
export type StoredAnswerView = {
  value: string | string[] | number;
  otherText: string | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
};
