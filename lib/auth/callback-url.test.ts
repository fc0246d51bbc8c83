import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const APP = "http://127.0.0.1:3000";

describe("safeCallbackPath", () => {
  it("keeps a path of the app, with its query and fragment", () => {
    expect(safeCallbackPath("/assessments/abc/sections/s1?x=1#q2", APP)).toBe("/assessments/abc/sections/s1?x=1#q2");
    expect(safeCallbackPath(`${APP}/coordinator?region=LAC`, APP)).toBe("/coordinator?region=LAC");
  });

  // The payloads of issue 11, finding 2, as the server action receives them (query string decoded once)
  // and as they would arrive still encoded.
  it.each([
    "/\\evil.example",
    "%2F%5Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\/evil.example",
    "http://evil.example/",
    "https://evil.example/assessments",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://127.0.0.1:3001/assessments",
    "/sign-in?callbackUrl=/admin",
  ])("refuses %j", (payload) => {
    const path = safeCallbackPath(payload, APP);
    if (path !== null) expect(new URL(path, APP).origin).toBe(APP);
    expect(path === null || !path.startsWith("//")).toBe(true);
    if (!payload.startsWith("%2F")) expect(path).toBeNull();
  });

  it("keeps an encoded tab as a harmless same-origin path", () => {
    expect(safeCallbackPath("/%09/evil.example", APP)).toBe("/%09/evil.example");
  });

  it("percent-encodes characters above U+00FF instead of failing (a Location header is Latin-1)", () => {
    const path = safeCallbackPath("/assessments?q=กรม€", APP);
    expect(path).toBe("/assessments?q=%E0%B8%81%E0%B8%A3%E0%B8%A1%E2%82%AC");
    expect(() => new Headers({ Location: path! })).not.toThrow();
  });

  it("refuses empty and unparsable values", () => {
    expect(safeCallbackPath(undefined, APP)).toBeNull();
    expect(safeCallbackPath("", APP)).toBeNull();
    expect(safeCallbackPath("http://[::1", APP)).toBeNull();
  });
});
