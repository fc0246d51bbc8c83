"use client";

import { useLocale, useTranslations } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { describeAnswer } from "./describe-answer";
import type { ItemStrings, ItemView } from "./types";
import type { Conflict } from "./use-outbox";

type Props = {
  conflict: Conflict | undefined;
  item: ItemView | undefined;
  strings: ItemStrings;
  onResolve: (key: string, keep: "mine" | "theirs") => void;
};

/**
 * A colleague saved this item after the version this page changed: nothing is overwritten until the person
 * has seen both answers, who gave the other one and when, and chosen.
 */
export function ConflictDialog({ conflict, item, strings, onResolve }: Props) {
  const t = useTranslations("questionnaire.conflict");
  const locale = useLocale();
  if (!conflict || !item) return <ModalDialog open={false} title="" />;
  const { current, mine } = conflict;
  const none = t("noAnswer");
  const theirs = current ? describeAnswer(item, current.value, current.otherText, strings) : none;
  const mineText = describeAnswer(item, (mine.body.value as StoredValue) ?? null, (mine.body.otherText as string | null) ?? null, strings) || none;
  const who = current?.updatedBy || t("aColleague");
  const when = current ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(current.updatedAt)) : "";
  return (
    <ModalDialog open title={t("title")} testId="conflict-dialog">
      <p className="mt-2 text-sm text-slate-700">{current ? t("bodyChanged", { name: who, time: when }) : t("bodyCleared")}</p>
      <p className="mt-3 font-medium">{item.label}</p>
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="font-medium text-slate-600">{t("theirs", { name: who })}</dt>
          <dd data-testid="conflict-theirs">{theirs || none}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t("mine")}</dt>
          <dd data-testid="conflict-mine">{mineText}</dd>
        </div>
      </dl>
      <div className="mt-5 flex flex-wrap gap-3">
        <Button type="button" onClick={() => onResolve(conflict.key, "mine")}>
          {t("keepMine")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve(conflict.key, "theirs")}>
          {t("useTheirs", { name: who })}
        </Button>
      </div>
    </ModalDialog>
  );
}

type StoredValue = string | string[] | number | null;
