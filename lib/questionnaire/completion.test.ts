import { describe, expect, it } from "vitest";

import { getCompletion, isAnswered, isReadyToSubmit, missingRequiredItems } from "./completion";
import { allItems } from "./lookup";
import type { Answers } from "./types";

/** Every required item answered with `dont_know` (status/adoption) or `none` (barriers). */
function allRequiredAnswered(): Answers {
  return Object.fromEntries(
    allItems.filter((item) => item.required).map((item) => [item.id, { value: item.kind === "multi" ? ["none"] : "dont_know" }]),
  );
}

describe("isAnswered", () => {
  it("counts non-empty values, dont_know included", () => {
    expect(isAnswered({ value: "dont_know" })).toBe(true);
    expect(isAnswered({ value: ["silos"] })).toBe(true);
    expect(isAnswered({ value: 0 })).toBe(true);
    expect(isAnswered({ value: "text" })).toBe(true);
  });

  it("does not count absent or empty values", () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ value: "" })).toBe(false);
    expect(isAnswered({ value: "   " })).toBe(false);
    expect(isAnswered({ value: [] })).toBe(false);
    expect(isAnswered({ value: Number.NaN })).toBe(false);
  });
});

describe("getCompletion", () => {
  it("lists every section in order with its counts when nothing is answered", () => {
    const completion = getCompletion({});
    expect(completion.map((section) => section.sectionId)).toEqual([
      "strategy", "back_office", "front_office", "data", "analytics", "organisation", "context",
      "youth_programmes", "youth_front_office", "youth_innovation", "youth_back_office",
    ]);
    expect(completion.find((section) => section.sectionId === "strategy")).toEqual({
      sectionId: "strategy", answered: 0, required: 2, requiredAnswered: 0, total: 3, complete: false,
    });
    expect(completion.find((section) => section.sectionId === "context")).toMatchObject({ required: 1, total: 6, complete: false });
    expect(completion.find((section) => section.sectionId === "youth_programmes")).toMatchObject({ required: 4, total: 7 });
  });

  it("counts optional answers but completes a section on its required items only", () => {
    const answers: Answers = {
      "strategy.national": { value: "fully_in_place" },
      "strategy.focus": { value: "both" },
      "back_office.strategy": { value: "dont_know" },
      "youth_programmes.age_from": { value: 15 },
      "unknown.item": { value: "x" },
    };
    const completion = getCompletion(answers);
    expect(completion[0]).toEqual({ sectionId: "strategy", answered: 2, required: 2, requiredAnswered: 1, total: 3, complete: false });
    expect(completion[1]).toMatchObject({ sectionId: "back_office", answered: 1, requiredAnswered: 1, complete: false });

    const strategyDone = getCompletion({ ...answers, "strategy.pes_digital": { value: "not_planned" } })[0];
    expect(strategyDone).toMatchObject({ answered: 3, requiredAnswered: 2, complete: true });
  });

  it("completes every section when every required item is answered", () => {
    expect(getCompletion(allRequiredAnswered()).every((section) => section.complete)).toBe(true);
  });
});

describe("missingRequiredItems", () => {
  it("lists the unanswered required items in instrument order", () => {
    const missing = missingRequiredItems({ "strategy.national": { value: "dont_know" } });
    expect(missing[0]).toBe("strategy.pes_digital");
    expect(missing).toContain("context.barriers");
    expect(missing).not.toContain("strategy.focus");
    expect(missing).toHaveLength(43 - 1); // 42 scored items and the barriers, less the one answered
    expect(missing.at(-1)).toBe("youth_back_office.provider_coordination");
  });

  it("is empty once all required items are answered, and the barriers need a tick", () => {
    const answers = allRequiredAnswered();
    expect(missingRequiredItems(answers)).toEqual([]);
    expect(isReadyToSubmit(answers)).toBe(true);
    expect(missingRequiredItems({ ...answers, "context.barriers": { value: [] } })).toEqual(["context.barriers"]);
    expect(isReadyToSubmit({})).toBe(false);
  });
});
