import { describe, expect, it } from "vitest";
import { helpLinkSchema } from "./help-link-schema";

const parse = (helpUrl: string) => helpLinkSchema.safeParse({ helpUrl });

describe("the help and contact link", () => {
  it("accepts an https page and a mail address (a bare address becomes mailto:)", () => {
    expect(parse(" https://ilo.example.org/pes/help ").data).toEqual({ helpUrl: "https://ilo.example.org/pes/help" });
    expect(parse("helpdesk@ilo.example.org").data).toEqual({ helpUrl: "mailto:helpdesk@ilo.example.org" });
    expect(parse("mailto:helpdesk@ilo.example.org").data).toEqual({ helpUrl: "mailto:helpdesk@ilo.example.org" });
  });

  it("removes the link when left empty", () => {
    expect(parse("   ").data).toEqual({ helpUrl: null });
    expect(parse("http://intranet.pes.example/help").data).toEqual({ helpUrl: "http://intranet.pes.example/help" });
  });

  it("refuses links that could run code or are not web pages", () => {
    for (const bad of ["javascript:alert(1)", "ftp://ilo.example.org", "data:text/html,hi", "mailto:not-an-address", "help page", "https://localhost"]) {
      expect(parse(bad).success, bad).toBe(false);
    }
    expect(parse(`https://x.org/${"a".repeat(500)}`).success).toBe(false);
  });
});
