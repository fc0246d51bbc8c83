import { describe, expect, it } from "vitest";
import { csvHead } from "./csv-rows";
import { exportStream } from "./export-stream";
import type { ExportRecord } from "./types";

const record: ExportRecord = {
  id: "a1",
  agencyName: "Agency",
  countryCode: "MX",
  region: "LAC",
  round: 2026,
  status: "DRAFT",
  instrumentVersion: "2026.1",
  submittedAt: null,
  approvedAt: null,
  answers: {},
  scores: null,
};

describe("the export stream", () => {
  it("sends the head before the audit finishes, and reads no record until it has", async () => {
    const events: string[] = [];
    let finishAudit!: () => void;
    const audited = new Promise<void>((resolve) => (finishAudit = resolve));
    async function* pages(): AsyncGenerator<ExportRecord[]> {
      events.push("records read");
      yield [record];
    }
    const reader = exportStream("csv", pages(), new Date(0), async () => {
      events.push("audit started");
      await audited;
      events.push("audit done");
    }).getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep the BOM the head starts with

    expect(decoder.decode((await reader.read()).value)).toBe(csvHead());
    const next = reader.read();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(["audit started"]);
    finishAudit();
    expect(decoder.decode((await next).value)).toContain("a1");
    expect(events).toEqual(["audit started", "audit done", "records read"]);
  });

  it("fails the download when the audit fails, before any record", async () => {
    let read = false;
    async function* pages(): AsyncGenerator<ExportRecord[]> {
      read = true;
      yield [record];
    }
    const reader = exportStream("json", pages(), new Date(0), () => Promise.reject(new Error("audit down"))).getReader();
    await reader.read(); // the head
    await expect(reader.read()).rejects.toThrow("audit down");
    expect(read).toBe(false);
  });
});
