import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" className="py-10 text-center text-slate-500">
      {t("loading")}
    </div>
  );
}
