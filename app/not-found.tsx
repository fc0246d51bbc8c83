import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-xl py-10">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="mt-1 text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("backHome")}
      </Link>
    </section>
  );
}
