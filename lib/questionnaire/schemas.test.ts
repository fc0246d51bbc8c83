import { describe, expect, it } from "vitest";

import { getItem } from "./lookup";
import {
  answerValueSchema,
  fromSectionFormValues,
  saveAnswerSchema,
  sectionCommentSchema,
  sectionFormSchema,
  toSectionFormValues,
} from "./schemas";
import type { Item } from "./types";

const ID = "clx0abc123def456";

function item(id: string): Item {
  const found = getItem(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

function save(itemId: string, value: unknown, otherText?: string | null) {
  return saveAnswerSchema.safeParse({ assessmentId: ID, itemId, value, otherText });
}

describe("answerValueSchema", () => {
  it.each([
    ["strategy.national", "fully_in_place"],
    ["strategy.national", "dont_know"],
    ["analytics.ml", "pilot"],
    ["context.budget_overall", "same"],
    ["strategy.focus", "both"],
    ["front_office.channels", ["phone", "offices"]],
    ["front_office.channels", []],
    ["context.barriers", ["none"]],
    ["youth_programmes.age_from", 15],
    ["youth_programmes.age_to", 40],
    ["context.budget_use", "Virtual job fairs"],
  ])("accepts %s = %j", (id, value) => {
    expect(answerValueSchema(item(id)).safeParse(value).success).toBe(true);
  });

  it.each([
    { id: "strategy.national", value: "pilot", message: "validation.optionNotInScale" },
    { id: "analytics.ai", value: "fully_in_place", message: "validation.optionNotInScale" },
    { id: "context.budget_digital", value: "doubled", message: "validation.optionNotInScale" },
    { id: "strategy.focus", value: "dont_know", message: "validation.optionNotInScale" },
    { id: "strategy.national", value: 3, message: "validation.invalidType" },
    { id: "front_office.channels", value: ["phone", "fax"], message: "validation.optionNotInScale" },
    { id: "front_office.channels", value: ["phone", "phone"], message: "validation.duplicateOption" },
    { id: "front_office.channels", value: "phone", message: "validation.invalidType" },
    { id: "context.barriers", value: ["none", "silos"], message: "validation.exclusiveOption" },
    { id: "context.barriers", value: ["none", "other"], message: "validation.exclusiveOption" },
    { id: "youth_programmes.age_from", value: 9, message: "validation.numberOutOfRange" },
    { id: "youth_programmes.age_to", value: 41, message: "validation.numberOutOfRange" },
    { id: "youth_programmes.age_to", value: 24.5, message: "validation.notWholeNumber" },
    { id: "youth_programmes.age_to", value: "24", message: "validation.notWholeNumber" },
    { id: "youth_programmes.age_to", value: Number.NaN, message: "validation.notWholeNumber" },
    { id: "context.budget_use", value: "x".repeat(2001), message: "validation.textTooLong" },
  ])("rejects $id with $message", ({ id, value, message }) => {
    expect(messages(answerValueSchema(item(id)).safeParse(value))).toEqual([message]);
  });

  it("gives the range in the issue params", () => {
    const result = answerValueSchema(item("youth_programmes.age_from")).safeParse(50);
    expect(result.error?.issues[0]).toMatchObject({ params: { min: 10, max: 40 } });
  });
});

describe("saveAnswerSchema", () => {
  it("accepts a scale answer and a cleared answer", () => {
    expect(save("strategy.national", "in_development").data).toMatchObject({ itemId: "strategy.national", value: "in_development" });
    expect(save("strategy.national", null).success).toBe(true);
  });

  it("treats an empty value as clearing the answer", () => {
    expect(save("front_office.channels", [], "stale").data).toMatchObject({ value: null, otherText: null });
    expect(save("context.budget_use", "   ").data?.value).toBeNull();
    expect(save("strategy.national", "").data?.value).toBeNull();
  });

  it("rejects an unknown item", () => {
    expect(messages(save("strategy.nope", "fully_in_place"))).toEqual(["validation.unknownItem"]);
  });

  it("rejects a missing or malformed assessment id", () => {
    const missing = saveAnswerSchema.safeParse({ assessmentId: " ", itemId: "strategy.national", value: "dont_know" });
    expect(messages(missing)).toEqual(["validation.required"]);
    const malformed = saveAnswerSchema.safeParse({ assessmentId: "a b", itemId: "strategy.national", value: "dont_know" });
    expect(messages(malformed)).toEqual(["validation.invalidId"]);
  });

  it("validates the value against the item, at path `value`", () => {
    const result = save("strategy.national", "in_production");
    expect(result.error?.issues).toMatchObject([{ message: "validation.optionNotInScale", path: ["value"] }]);
    expect(messages(save("youth_programmes.age_from", 8))).toEqual(["validation.numberOutOfRange"]);
    expect(messages(save("youth_programmes.age_from", 18.5))).toEqual(["validation.notWholeNumber"]);
    expect(messages(save("context.budget_use", "x".repeat(2001)))).toEqual(["validation.textTooLong"]);
    expect(messages(save("analytics.uses", ["fraud", "fraud"]))).toEqual(["validation.duplicateOption"]);
    expect(messages(save("context.barriers", ["silos", "none"]))).toEqual(["validation.exclusiveOption"]);
  });

  it("requires a short text with `other`, at path `otherText`", () => {
    expect(save("context.drivers", ["costs", "other"]).error?.issues).toMatchObject([
      { message: "validation.otherTextRequired", path: ["otherText"] },
    ]);
    expect(messages(save("context.drivers", ["other"], "   "))).toEqual(["validation.otherTextRequired"]);
    expect(messages(save("context.drivers", ["other"], "x".repeat(201)))).toEqual(["validation.textTooLong"]);
    expect(save("context.drivers", ["other"], "  EU funding  ").data?.otherText).toBe("EU funding");
  });

  it("drops an `other` text when `other` is not ticked", () => {
    expect(save("context.drivers", ["costs"], "stale text").data?.otherText).toBeNull();
    expect(save("strategy.national", "dont_know", "stale text").data?.otherText).toBeNull();
  });

  it("rejects `other` where the item has no such option", () => {
    expect(messages(save("strategy.focus", "other", "x"))).toEqual(["validation.optionNotInScale"]);
  });
});

describe("sectionCommentSchema", () => {
  it("accepts a comment up to 4000 characters, trimmed", () => {
    const result = sectionCommentSchema.safeParse({ assessmentId: ID, sectionId: "data", comment: `  ${"x".repeat(4000)}  ` });
    expect(result.data?.comment).toHaveLength(4000);
  });

  it("rejects an unknown section and a long comment", () => {
    expect(messages(sectionCommentSchema.safeParse({ assessmentId: ID, sectionId: "nope", comment: "" }))).toEqual([
      "validation.unknownSection",
    ]);
    expect(messages(sectionCommentSchema.safeParse({ assessmentId: ID, sectionId: "data", comment: "x".repeat(4001) }))).toEqual([
      "validation.textTooLong",
    ]);
  });
});

describe("sectionFormSchema", () => {
  const schema = sectionFormSchema("youth_programmes");

  it("accepts an empty draft (every control empty)", () => {
    const empty = toSectionFormValues("youth_programmes", {});
    const result = schema.safeParse(empty);
    expect(result.success).toBe(true);
    if (result.success) expect(Object.values(fromSectionFormValues("youth_programmes", result.data)).every((v) => v === null)).toBe(true);
  });

  it("turns controls into entries, item by item, and is idempotent", () => {
    const values = {
      answers: {
        youth_programmes: {
          programme: { value: "fully_in_place", otherText: "" },
          age_from: { value: "15" },
          age_to: { value: Number.NaN },
          services: { value: ["guidance", "other"], otherText: " Mentoring " },
        },
      },
      comment: "  see the annual report ",
    };
    const result = schema.safeParse(values);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(fromSectionFormValues("youth_programmes", result.data)).toMatchObject({
      "youth_programmes.programme": { value: "fully_in_place", otherText: null },
      "youth_programmes.targeting": null,
      "youth_programmes.age_from": { value: 15, otherText: null },
      "youth_programmes.age_to": null,
      "youth_programmes.services": { value: ["guidance", "other"], otherText: "Mentoring" },
    });
    expect(result.data.comment).toBe("see the annual report");
    expect(schema.safeParse(result.data).data).toEqual(result.data);
  });

  it("reports issues at the field's path", () => {
    const result = schema.safeParse({ answers: { youth_programmes: { age_to: { value: 99 }, services: { value: ["other"] } } } });
    expect(result.error?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: "validation.numberOutOfRange", path: ["answers", "youth_programmes", "age_to", "value"] }),
        expect.objectContaining({ message: "validation.otherTextRequired", path: ["answers", "youth_programmes", "services", "otherText"] }),
      ]),
    );
  });

  it("rejects an age range that starts after it ends", () => {
    const result = schema.safeParse({ answers: { youth_programmes: { age_from: { value: 30 }, age_to: { value: 24 } } } });
    expect(result.error?.issues).toMatchObject([{ message: "validation.rangeOrder", path: ["answers", "youth_programmes", "age_from", "value"] }]);
  });

  it("starts unanswered multi items as an empty list and fills stored answers", () => {
    const values = toSectionFormValues("front_office", { "front_office.single_unit": { value: "dont_know" } }, null);
    expect(values.answers.front_office?.channels).toEqual({ value: [], otherText: "" });
    expect(values.answers.front_office?.single_unit).toEqual({ value: "dont_know", otherText: "" });
    expect(sectionFormSchema("front_office")).toBe(sectionFormSchema("front_office"));
  });
});
