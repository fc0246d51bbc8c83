"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type State = { phase: "idle" } | { phase: "running"; done: number; total: number } | { phase: "done"; total: number } | { phase: "failed" };

/** A ZIP entry starts with a local file header, "PK\x03\x04": counting them gives the PDFs received so far. */
const ENTRY_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function countEntries(chunk: Uint8Array, carry: Uint8Array): { found: number; carry: Uint8Array } {
  const bytes = new Uint8Array(carry.length + chunk.length);
  bytes.set(carry);
  bytes.set(chunk, carry.length);
  let found = 0;
  for (let i = 0; i + 3 < bytes.length; i += 1) {
    if (bytes[i] === ENTRY_SIGNATURE[0] && bytes[i + 1] === ENTRY_SIGNATURE[1] && bytes[i + 2] === ENTRY_SIGNATURE[2] && bytes[i + 3] === ENTRY_SIGNATURE[3]) found += 1;
  }
  // A signature split across two chunks is found with the last three bytes carried over.
  return { found, carry: bytes.slice(-3) };
}

function fileNameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallback;
}

/**
 * The reports of the filtered list as one ZIP, in a chosen language. The download is read as a stream so
 * the page can say how many of the PDFs have arrived (the server renders each at most once, then stores it).
 */
export function BulkReportDownload({ query, defaultLocale }: { query: string; defaultLocale: Locale }) {
  const t = useTranslations("coordinator.bulkReports");
  const selectId = useId();
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [state, setState] = useState<State>({ phase: "idle" });

  async function download() {
    setState({ phase: "running", done: 0, total: 0 });
    try {
      const params = new URLSearchParams(query);
      params.set("lang", locale);
      const response = await fetch(`/api/reports/bulk?${params.toString()}`);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const total = Number(response.headers.get("X-Report-Count") ?? 0);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let done = 0;
      let carry: Uint8Array = new Uint8Array(0);
      setState({ phase: "running", done, total });
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        chunks.push(next.value);
        const counted = countEntries(next.value, carry);
        carry = counted.carry;
        // An entry counts once its header is seen; capped, in case a PDF's bytes happen to hold a signature.
        done = Math.min(total, done + counted.found);
        setState({ phase: "running", done, total });
      }
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: "application/zip" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, `reports-${locale}.zip`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ phase: "done", total });
    } catch {
      setState({ phase: "failed" });
    }
  }

  const running = state.phase === "running";
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="bulk-reports">
      <label htmlFor={selectId} className="text-sm text-slate-700">
        {t("language")}
      </label>
      <select id={selectId} value={locale} onChange={(event) => setLocale(event.target.value as Locale)} disabled={running} className="rounded-md border border-slate-300 px-2 py-2 text-sm">
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <Button type="button" variant="secondary" onClick={download} disabled={running} data-testid="bulk-reports-download">
        {t("download")}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-slate-700" data-testid="bulk-reports-status">
        {state.phase === "running" ? t("progress", { done: state.done, total: state.total }) : null}
        {state.phase === "done" ? t("done", { total: state.total }) : null}
        {state.phase === "failed" ? t("failed") : null}
      </p>
    </div>
  );
}
