import { describe, expect, it } from "vitest";
import { answersAll } from "@/lib/scoring/fixtures";
import { carryOverAnswers } from "./carry-over";

describe("carryOverAnswers", () => {
  it("keeps valid answers as they are", () => {
    const answers = answersAll(3);
    expect(carryOverAnswers(answers)).toEqual(Object.fromEntries(Object.entries(answers).map(([id, e]) => [id, { value: e.value, otherText: null }])));
  });

  it("drops unknown items and answers the current definition refuses", () => {
    const kept = carryOverAnswers({
      "strategy.retired_item": { value: "fully_in_place" },
      "strategy.national": { value: "option_that_was_removed" },
      "strategy.pes_digital": { value: "in_development" },
    });
    expect(Object.keys(kept)).toEqual(["strategy.pes_digital"]);
  });
});
