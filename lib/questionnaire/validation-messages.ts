/**
 * Every zod issue raised by the questionnaire schemas carries one of these keys as its `message`.
 * They are keys of the `validation` namespace of the message catalogues, so the form (zodResolver)
 * and the server action translate the same key. Messages take no ICU arguments: zodResolver keeps only
 * `message`, so any number a message needs (min, max) travels in the issue's `params` for callers
 * that have the issue, and the field already knows it from its item (item.min, item.max, item.maxLength).
 */
export const VALIDATION_MESSAGES = {
  required: "validation.required",
  invalidType: "validation.invalidType",
  invalidId: "validation.invalidId",
  unknownItem: "validation.unknownItem",
  unknownSection: "validation.unknownSection",
  optionNotInScale: "validation.optionNotInScale",
  duplicateOption: "validation.duplicateOption",
  exclusiveOption: "validation.exclusiveOption",
  otherTextRequired: "validation.otherTextRequired",
  textTooLong: "validation.textTooLong",
  notWholeNumber: "validation.notWholeNumber",
  numberOutOfRange: "validation.numberOutOfRange",
  rangeOrder: "validation.rangeOrder",
  invalidRound: "validation.invalidRound",
} as const;

export type ValidationMessageKey = (typeof VALIDATION_MESSAGES)[keyof typeof VALIDATION_MESSAGES];

