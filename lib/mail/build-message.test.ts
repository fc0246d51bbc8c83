import { describe, expect, it } from "vitest";
import { buildLink, buildLinkMessage } from "./build-message";

const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
const expiresAt = new Date("2026-03-08T10:00:00Z");

describe("the one-time link email", () => {
  it("builds the link from APP_URL and the purpose", () => {
    expect(buildLink("INVITE", token, "https://pes.example.org")).toBe(`https://pes.example.org/invite/${token}`);
    expect(buildLink("RESET", token, "https://pes.example.org/")).toBe(`https://pes.example.org/reset-password/${token}`);
    // An installation served under a sub-path keeps it.
    expect(buildLink("INVITE", token, "https://ilo.example.org/pes")).toBe(`https://ilo.example.org/pes/invite/${token}`);
  });

  it("writes an English invitation with the link in the text and the HTML", () => {
    const message = buildLinkMessage({
      purpose: "INVITE",
      to: { email: "ana@example.org", name: "Ana", language: "en" },
      token,
      appUrl: "https://pes.example.org",
      expiresAt,
    });
    expect(message.to).toBe("ana@example.org");
    expect(message.subject).toBe("Your invitation to PES Digital Maturity");
    expect(message.text).toContain("Hello Ana,");
    expect(message.text).toContain(`https://pes.example.org/invite/${token}`);
    expect(message.text).toContain("March 8, 2026");
    expect(message.html).toContain(`<a href="https://pes.example.org/invite/${token}">Choose my password</a>`);
    expect(message.link).toBe(`https://pes.example.org/invite/${token}`);
  });

  it("writes in the recipient's language", () => {
    const fr = buildLinkMessage({ purpose: "RESET", to: { email: "a@b.sn", name: "Aminata", language: "fr" }, token, appUrl: "https://x.org", expiresAt });
    expect(fr.subject).toBe("Choisissez un nouveau mot de passe pour Maturité numérique des SPE");
    expect(fr.text).toContain("Bonjour Aminata,");
    expect(fr.text).toContain("8 mars 2026");
    expect(fr.text).toContain(`https://x.org/reset-password/${token}`);
    const es = buildLinkMessage({ purpose: "INVITE", to: { email: "m@sne.mx", name: "María", language: "es" }, token, appUrl: "https://x.org", expiresAt });
    expect(es.subject).toBe("Su invitación a Madurez digital de los SPE");
    expect(es.text).toContain("Hola, María:");
    // An unsupported language falls back to English.
    const other = buildLinkMessage({ purpose: "INVITE", to: { email: "s@doe.th", name: "Somchai", language: "th" }, token, appUrl: "https://x.org", expiresAt });
    expect(other.subject).toBe("Your invitation to PES Digital Maturity");
  });

  it("escapes the name in the HTML part", () => {
    const message = buildLinkMessage({ purpose: "INVITE", to: { email: "x@y.org", name: "<b>Eve</b> & co", language: "en" }, token, appUrl: "https://x.org", expiresAt });
    expect(message.html).toContain("Hello &lt;b&gt;Eve&lt;/b&gt; &amp; co,");
    expect(message.html).not.toContain("<b>Eve</b>");
    expect(message.text).toContain("Hello <b>Eve</b> & co,");
  });
});

describe("the self-service reset email", () => {
  it("says the user asked for it and that the current password still works", () => {
    const message = buildLinkMessage({ purpose: "RESET", isSelfService: true, to: { email: "a@b.org", name: "Ana", language: "en" }, token, appUrl: "https://x.org", expiresAt });
    expect(message.text).toContain("Someone, probably you, asked to reset the password");
    expect(message.text).not.toContain("An administrator");
    expect(message.link).toBe(`https://x.org/reset-password/${token}`);
    const admin = buildLinkMessage({ purpose: "RESET", to: { email: "a@b.org", name: "Ana", language: "en" }, token, appUrl: "https://x.org", expiresAt });
    expect(admin.text).toContain("An administrator");
  });
});
