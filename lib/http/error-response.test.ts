import { describe, expect, it } from "vitest";
import { ERROR_CODES, fail } from "@/lib/result";
import { HTTP_STATUS, errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("gives every error code a 4xx status", () => {
    for (const code of ERROR_CODES) expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    for (const code of ERROR_CODES) expect(HTTP_STATUS[code]).toBeLessThan(500);
  });

  it("answers the code's status, the message key (or a translated sentence) and the code, never cached", async () => {
    const response = errorResponse(fail("conflict", "report.errors.draft"));
    expect(response.status).toBe(409);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toEqual({ error: "report.errors.draft", code: "conflict" });
    expect(await errorResponse(fail("notFound"), "Introuvable").json()).toEqual({ error: "Introuvable", code: "notFound" });
  });
});
