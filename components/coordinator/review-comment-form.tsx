"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/lib/i18n/client";
import { useMessage } from "@/lib/i18n/use-message";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addReviewCommentAction } from "@/lib/actions/review";
import { REVIEW_TEXT_MAX_LENGTH, reviewCommentSchema, type ReviewCommentInput } from "@/lib/review/schemas";

/** Comment targets: the sections, each with its items (labels translated on the server). */
export type CommentTargetGroup = { sectionId: string; label: string; items: { itemId: string; label: string }[] };

/** The target select encodes `section:<id>` or `item:<id>`; empty means the whole assessment. */
function toInput(assessmentId: string, target: string, body: string): ReviewCommentInput {
  const [kind, id] = target.split(":");
  return { assessmentId, body, sectionId: kind === "section" ? id : undefined, itemId: kind === "item" ? id : undefined };
}

export function ReviewCommentForm({ assessmentId, targets }: { assessmentId: string; targets: CommentTargetGroup[] }) {
  const t = useTranslations();
  const translateKey = useMessage();
  const [target, setTarget] = useState("");
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ReviewCommentInput>({ resolver: zodResolver(reviewCommentSchema), defaultValues: { assessmentId, body: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: ReviewCommentInput) {
    setNotice(null);
    const result = await addReviewCommentAction(toInput(assessmentId, target, values.body));
    if (!result.ok) return setNotice({ tone: "error", text: translateKey(result.error) });
    form.reset({ assessmentId, body: "" });
    setNotice({ tone: "success", text: t("coordinator.review.commentAdded") });
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3" data-testid="review-comment-form">
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <label className="block text-sm font-medium text-slate-800">
        {t("coordinator.review.commentTarget")}
        <select
          name="target"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        >
          <option value="">{t("coordinator.review.wholeAssessment")}</option>
          {targets.map((group) => (
            <optgroup key={group.sectionId} label={group.label}>
              <option value={`section:${group.sectionId}`}>{t("coordinator.review.sectionAsWhole", { section: group.label })}</option>
              {group.items.map((item) => (
                <option key={item.itemId} value={`item:${item.itemId}`}>
                  {item.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-800">
        {t("coordinator.review.commentLabel")}
        <textarea
          rows={3}
          maxLength={REVIEW_TEXT_MAX_LENGTH}
          aria-invalid={errors.body ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-invalid:border-red-600"
          {...form.register("body")}
        />
      </label>
      {errors.body?.message && <p className="text-sm text-red-700">{translateKey(errors.body.message)}</p>}
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t("coordinator.review.addComment")}
      </Button>
    </form>
  );
}
