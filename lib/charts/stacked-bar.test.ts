import { describe, expect, it } from "vitest";
import { createFormat } from "@/lib/format/create-format";
import { buildStackedBar, DONT_KNOW_COLOR, SEGMENT_COLORS } from "./stacked-bar";

const share = createFormat("en").share;

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
      share,
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
    const bar = buildStackedBar([{ option: "a", share: 0.1 }, { option: "b", share: 0.9 }], 100, share);
    expect(bar.segments[0]!.label).toBeNull();
  });

  it("prints the labels with the reader's formatter (French spaces the percent sign)", () => {
    const bar = buildStackedBar([{ option: "a", share: 1 / 3 }, { option: "b", share: 2 / 3 }], 300, createFormat("fr").share);
    expect(bar.segments.map((s) => s.label)).toEqual(["33\u00a0%", "67\u00a0%"]);
  });
});
