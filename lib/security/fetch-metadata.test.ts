import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./fetch-metadata";

const request = (method: string, pathname: string, headers: Record<string, string>) => ({ method, pathname, headers: new Headers(headers) });

describe("crossSiteRefusal (issue 11, finding 7)", () => {
  it("refuses a report or export GET another site triggers", () => {
    expect(crossSiteRefusal(request("GET", "/api/reports/abc/pdf", { "sec-fetch-site": "cross-site" }))).toBe("cross-site");
    expect(crossSiteRefusal(request("GET", "/api/exports/assessments", { "sec-fetch-site": "cross-site" }))).toBe("cross-site");
  });

  it("lets the app's own links, typed addresses and bookmarks through", () => {
    for (const site of ["same-origin", "none"]) {
      expect(crossSiteRefusal(request("GET", "/api/reports/abc/pdf", { "sec-fetch-site": site }))).toBeNull();
    }
    expect(crossSiteRefusal(request("GET", "/api/exports/assessments", {}))).toBeNull();
    expect(crossSiteRefusal(request("GET", "/assessments", { "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("refuses a server action posted from another origin with a 4xx, not a 500", () => {
    expect(crossSiteRefusal(request("POST", "/admin/users/new", { "next-action": "x", origin: "http://evil.example", host: "127.0.0.1:3000" }))).toBe("cross-site");
    expect(crossSiteRefusal(request("POST", "/admin/users/new", { "next-action": "x", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).toBeNull();
  });
});
