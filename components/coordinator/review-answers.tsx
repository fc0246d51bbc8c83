import { getTranslations } from "next-intl/server";
import { ReviewCommentList } from "@/components/review/review-comment-list";
import type { ReviewCommentView } from "@/lib/data/coordinator";
import { answerText, itemLabelKey, type InstrumentTranslate } from "@/lib/questionnaire/answer-text";
import { parts } from "@/lib/questionnaire/lookup";
import type { Answers, SectionId } from "@/lib/questionnaire/types";

/** Every section and item with the agency's answer, its section comment and the review comments on it. */
export async function ReviewAnswers({
  answers,
  sectionComments,
  reviewComments,
}: {
  answers: Answers;
  sectionComments: Partial<Record<SectionId, string>>;
  reviewComments: ReviewCommentView[];
}) {
  const [ti, t, tAll] = await Promise.all([getTranslations("instrument"), getTranslations("coordinator.review"), getTranslations()]);
  // Keys built from item and option ids are not known to the compiler (the catalogue test checks them).
  const translate = tAll as unknown as InstrumentTranslate;
  const onItem = (itemId: string) => reviewComments.filter((c) => c.itemId === itemId);
  const onSection = (sectionId: string) => reviewComments.filter((c) => c.sectionId === sectionId && c.itemId === null);
  return (
    <div className="space-y-6">
      {parts.map((part) => (
        <section key={part.id} aria-labelledby={`part-${part.id}`} className="space-y-4">
          <h3 id={`part-${part.id}`} className="text-lg font-semibold">
            {ti(`parts.${part.id}.title`)}
          </h3>
          {part.sections.map((section) => (
            <section key={section.id} id={`section-${section.id}`} className="rounded-md border border-slate-200 bg-white p-4">
              <h4 className="font-semibold">{ti(`sections.${section.id}.title`)}</h4>
              <ReviewCommentList comments={onSection(section.id)} label={t("commentsOnSection")} />
              <dl className="mt-3 divide-y divide-slate-100">
                {section.items.map((item) => {
                  const text = answerText(translate, item, answers[item.id]);
                  return (
                    <div key={item.id} id={`item-${item.id}`} className="py-2 sm:grid sm:grid-cols-2 sm:gap-4" data-item-id={item.id}>
                      <dt className="text-sm text-slate-700">{translate(itemLabelKey(item.id))}</dt>
                      <dd className="text-sm">
                        {text === null ? <span className="italic text-slate-500">{t("unanswered")}</span> : <span className="font-medium">{text}</span>}
                        <ReviewCommentList comments={onItem(item.id)} label={t("commentsOnItem")} />
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {sectionComments[section.id] && (
                <div className="mt-3 rounded bg-slate-50 p-3 text-sm">
                  <p className="font-medium text-slate-700">{t("agencyComment")}</p>
                  <p className="whitespace-pre-line">{sectionComments[section.id]}</p>
                </div>
              )}
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
