import { describe, expect, it } from "vitest";
import { buildStackedBar, DONT_KNOW_COLOR, SEGMENT_COLORS } from "./stacked-bar";

describe("stacked bar geometry", () => {
  it("lays the shares end to end in scale order, keeps colours by rank and drops empty segments", () => {
    const bar = buildStackedBar(
      [
        { option: "fully_in_place", share: 0.5 },
        { option: "in_development", share: 0 },
        { option: "concrete_plans", share: 0.3 },
        { option: "dont_know", share: 0.2 },
      ],
      200,
    );
    expect(bar.segments.map((s) => [s.option, s.x, s.width])).toEqual([
      ["fully_in_place", 0, 100],
      ["concrete_plans", 100, 60],
      ["dont_know", 160, 40],
    ]);
    expect(bar.segments.map((s) => s.fill)).toEqual([SEGMENT_COLORS[0], SEGMENT_COLORS[2], DONT_KNOW_COLOR]);
    expect(bar.segments.map((s) => s.label)).toEqual(["50%", "30%", "20%"]);
  });

  it("writes no label where a segment is too narrow for one", () => {
    const bar = buildStackedBar([{ option: "a", share: 0.1 }, { option: "b", share: 0.9 }], 100);
    expect(bar.segments[0]!.label).toBeNull();
  });
});
