import { describe, expect, it } from "vitest";
import { isSameStoredValue, readStoredValue } from "./stored-value";

describe("stored answer values", () => {
  it("reads every answer shape as it is", () => {
    for (const value of ["fully_in_place", "3", ["costs", "other"], 15, 2.5, ""]) expect(readStoredValue(value)).toEqual(value);
    expect(readStoredValue("3")).toBe("3");
  });

  it("throws on a row that is not an answer (a bug, not a value)", () => {
    expect(() => readStoredValue({ a: 1 })).toThrow();
    expect(() => readStoredValue([1, 2])).toThrow();
    expect(() => readStoredValue(null)).toThrow();
    expect(() => readStoredValue(true)).toThrow();
  });

  it("recognises the same answer by its content, not by identity", () => {
    expect(isSameStoredValue(["costs", "other"], ["costs", "other"])).toBe(true);
    expect(isSameStoredValue(["other", "costs"], ["costs", "other"])).toBe(false);
    expect(isSameStoredValue("fully_in_place", "fully_in_place")).toBe(true);
    expect(isSameStoredValue(3, "3")).toBe(false);
    expect(isSameStoredValue("3", 3)).toBe(false);
    expect(isSameStoredValue(15, 15)).toBe(true);
    expect(isSameStoredValue(null, null)).toBe(true);
    expect(isSameStoredValue(null, "x")).toBe(false);
    expect(isSameStoredValue("x", null)).toBe(false);
  });
});
