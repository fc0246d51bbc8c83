"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { importDatasetAction, type ImportDatasetResult } from "@/lib/actions/datasets";
import { datasetImportRequestSchema, type DatasetImportRequest } from "@/lib/benchmarks/import-request";
import { fail } from "@/lib/result";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Upload or paste a dataset; errors come back with their CSV row. A valid file opens its preview. */
export function DatasetImportForm() {
  const t = useTranslations("benchmarks");
  const tAll = useTranslations() as unknown as Translate;
  const tb = t as unknown as Translate;
  const id = useId();
  const [format, setFormat] = useState<DatasetImportRequest["format"]>("csv");
  const [text, setText] = useState("");
  const [result, setResult] = useState<ImportDatasetResult | null>(null);
  const [pending, startTransition] = useTransition();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setFormat(file.name.toLowerCase().endsWith(".json") ? "json" : "csv");
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = datasetImportRequestSchema.safeParse({ format, text });
    if (!parsed.success) {
      setResult(fail("invalid", `benchmarks.${parsed.error.issues[0]?.message ?? "import.errors.emptyFile"}`));
      return;
    }
    startTransition(async () => setResult(await importDatasetAction(parsed.data)));
  };

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("importPage.format")}</legend>
        {(["csv", "json"] as const).map((value) => (
          <label key={value} className="mr-4 inline-flex items-center gap-2 text-sm">
            <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} />
            {t(`importPage.formats.${value}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">{t("importPage.file")}</label>
        <input id={`${id}-file`} type="file" accept=".csv,.json,text/csv,application/json" className="mt-1 text-sm" onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      <div>
        <label htmlFor={`${id}-text`} className="block text-sm font-medium">{t("importPage.paste")}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs"
        />
      </div>
      <Button type="submit" disabled={pending}>{pending ? t("importPage.checking") : t("importPage.submit")}</Button>
      {result && !result.ok && (
        <Alert tone="error">
          <p className="font-medium">{tAll(result.error, result.params)}</p>
          {result.importErrors && (
            <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-errors">
              {result.importErrors.map((error, index) => (
                <li key={index}>
                  {error.row !== undefined && <span className="font-medium">{t("import.rowLabel", { row: error.row })}: </span>}
                  {tb(error.message, error.params)}
                  {error.path && <span className="text-xs"> ({t("import.fieldLabel", { path: error.path })})</span>}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  );
}
