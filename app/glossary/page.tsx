import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GLOSSARY_TERMS } from "@/lib/help/glossary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guidance.glossary"))("title") };
}

/** The terms of the questionnaire and the report (public: no sign-in), each with where its definition comes from. */
export default async function GlossaryPage() {
  const t = await getTranslations("guidance.glossary");
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-24 px-4 py-3" data-testid={`glossary-${term.id}`}>
            <dt className="font-semibold text-slate-900">{t(`terms.${term.id}.term`)}</dt>
            <dd className="mt-1 text-slate-700">{t(`terms.${term.id}.definition`)}</dd>
            <dd className="mt-1 text-xs text-slate-600">{term.source === "ours" ? t("sourceOurs") : t("sourceStudy")}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href="/methodology" className="text-brand-700 underline">
          {t("methodologyLink")}
        </Link>
      </p>
    </article>
  );
}
