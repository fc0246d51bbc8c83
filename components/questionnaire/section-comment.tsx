"use client";

import { useTranslations } from "@/lib/i18n/client";
import { COMMENT_MAX_LENGTH } from "@/lib/questionnaire/comment-limit";
import { useMessage } from "@/lib/i18n/use-message";
import { useField } from "./section-store";

/** The section's optional free-text comment, saved like an answer. */
export function SectionComment({ error }: { error?: string }) {
  const t = useTranslations("questionnaire");
  const message = useMessage();
  const [value, setValue] = useField("comment");
  return (
    <div>
      <label htmlFor="section-comment" className="block text-base font-medium">
        {t("section.commentLabel")}
      </label>
      <p id="section-comment-hint" className="mt-1 text-sm text-slate-600">
        {t("section.commentHint", { max: COMMENT_MAX_LENGTH })}
      </p>
      <textarea
        id="section-comment"
        rows={3}
        maxLength={COMMENT_MAX_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={["section-comment-hint", error && "section-comment-error"].filter(Boolean).join(" ")}
        className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        name="comment"
        value={typeof value === "string" ? value : ""}
        onChange={(event) => setValue(event.target.value)}
      />
      {error && (
        <p id="section-comment-error" className="mt-2 text-sm font-medium text-red-800">
          {message(error)}
        </p>
      )}
    </div>
  );
}
