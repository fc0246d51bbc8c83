import { describe, expect, it } from "vitest";
import { readStoredValue, toStoredValue } from "./stored-value";

describe("stored answer values", () => {
  it("round-trips every answer shape", () => {
    for (const value of ["fully_in_place", ["costs", "other"], 15, ""]) expect(readStoredValue(toStoredValue(value))).toEqual(value);
  });

  it("throws on a row that is not an answer (a bug, not a value)", () => {
    expect(() => readStoredValue("not json")).toThrow();
    expect(() => readStoredValue('{"a":1}')).toThrow();
    expect(() => readStoredValue("[1,2]")).toThrow();
    expect(() => readStoredValue("null")).toThrow();
  });
});
