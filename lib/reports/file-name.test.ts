import { describe, expect, it } from "vitest";
import { contentDisposition, reportFileName } from "./file-name";

describe("report file name", () => {
  it("keeps agency, round and language, ASCII-safe with the full UTF-8 name beside it", () => {
    expect(reportFileName("Servicio Nacional de Empleo (SNE)", 2026, "es")).toEqual({
      ascii: "Servicio_Nacional_de_Empleo_(SNE)-2026-es-report.pdf",
      utf8: "Servicio Nacional de Empleo (SNE) - 2026 - es.pdf",
    });
    expect(reportFileName("Agence nationale pour l’emploi: Sénégal", 2025, "fr").ascii).toBe("Agence_nationale_pour_l-emploi_Senegal-2025-fr-report.pdf");
  });

  it("falls back to a generic ASCII name for names without Latin letters, and encodes the UTF-8 one", () => {
    const header = contentDisposition("กรมการจัดหางาน", 2026, "en");
    expect(header).toContain('attachment; filename="agency-2026-en-report.pdf"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe("กรมการจัดหางาน - 2026 - en.pdf");
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });

  it("removes characters that are unsafe in a file name or a header", () => {
    const header = contentDisposition('A/B\\C:"D"\r\nE', 2026, "en");
    expect(header).not.toMatch(/[\r\n]/);
    expect(reportFileName('A/B\\C:"D"', 2026, "en").utf8).toBe("A B C D - 2026 - en.pdf");
  });
});
