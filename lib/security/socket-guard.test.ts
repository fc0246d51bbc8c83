import { describe, expect, it } from "vitest";
import { checkRawRequest, echoesRequestId } from "./socket-guard";

describe("echoesRequestId", () => {
  it("repeats the request id on pages, actions and API answers", () => {
    for (const url of ["/", "/sign-in?callbackUrl=%2Fassessments", "/assessments/abc/sections/strategy", "/api/health", "/api/assessments/abc/answers", "/_next/image?url=x", "/sw.js"]) {
      expect(echoesRequestId(url), url).toBe(true);
    }
  });

  it("leaves it off the immutable build files", () => {
    expect(echoesRequestId("/_next/static/chunks/0abc.js")).toBe(false);
    expect(echoesRequestId("/_next/static/media/font.woff2")).toBe(false);
  });
});

describe("checkRawRequest", () => {
  it("refuses a declared body above 2 MB and a path that is not valid percent-encoding", () => {
    expect(checkRawRequest("POST", "/", String(3 * 1024 * 1024))).toEqual({ status: 413, kind: "body-too-large" });
    expect(checkRawRequest("GET", "/invite/%ZZ", undefined)).toEqual({ status: 400, kind: "malformed-path" });
    expect(checkRawRequest("GET", "/invite/abc?x=%ZZ", undefined)).toBeNull();
  });
});
