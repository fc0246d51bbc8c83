"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors } from "react-hook-form";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import {
  saveAnswerSchema,
  sectionCommentSchema,
  sectionFormSchema,
  type SectionFormEntry,
  type SectionFormValues,
} from "@/lib/questionnaire/schemas";
import type { SectionId } from "@/lib/questionnaire/types";
import { AutosaveStatus } from "./autosave-status";
import { ConflictDialog } from "./conflict-dialog";
import { ItemField } from "./item-field";
import { NavigationNotice } from "./navigation-notice";
import { PresenceNotice } from "./presence-notice";
import { setProgress } from "./progress-store";
import { SectionComment } from "./section-comment";
import { SessionDialog } from "./session-dialog";
import type { ItemStrings, ItemView } from "./types";
import { useLiveState, type LiveStateView } from "./use-live-state";
import { useOfflinePages } from "./use-offline-pages";
import { useOutbox } from "./use-outbox";

type Props = {
  assessmentId: string;
  sectionId: SectionId;
  items: ItemView[];
  defaultValues: SectionFormValues;
  /** The version of each stored answer the page was rendered with (co-editing). */
  versions: Record<string, number>;
  user: { id: string; email: string };
  strings: ItemStrings;
  /** Rendered beside each item, keyed by item id (the coordinator's review comments). */
  itemNotes?: Partial<Record<string, React.ReactNode>>;
};

const COMMENT = "comment";

/** What the save route receives for one item: empty controls clear the answer; numbers are numbers. */
function toSaveInput(item: ItemView, entry: SectionFormEntry | undefined) {
  let value = entry?.value ?? null;
  if (value === "" || (Array.isArray(value) && value.length === 0)) value = null;
  if (item.kind === "number" && typeof value === "string") value = Number(value);
  return { value, otherText: entry?.otherText ?? null };
}

const emptyValue = (item: ItemView) => (item.kind === "multi" ? [] : null);

function errorAt(errors: FieldErrors<SectionFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { message?: string } | undefined)?.message;
}

/**
 * One section of the questionnaire. The controls stay disabled until the page is hydrated and the answers
 * waiting on this device are shown (a tap before that would be cleared by hydration). Every change is
 * validated with the section's shared schema and, when the item's answer is valid, put in the durable
 * outbox (use-outbox.ts). Colleagues' saves arrive through the live poll; their presence is shown.
 */
export function SectionForm({ assessmentId, sectionId, items, defaultValues, versions, user, strings, itemNotes }: Props) {
  const form = useForm<SectionFormValues>({ resolver: zodResolver(sectionFormSchema(sectionId)), defaultValues, mode: "onChange" });
  const outbox = useOutbox(user.id, assessmentId, versions);
  const { queue, cancel, load, acceptRemote } = outbox;
  const isHydrated = useIsHydrated();
  const [isLoaded, setLoaded] = useState(false);
  const [invalidKeys, setInvalidKeys] = useState<ReadonlySet<string>>(new Set());
  const [isSessionDialogOpen, setSessionDialogOpen] = useState(false);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  // Values set by the page itself (waiting answers, colleagues' saves) are not changes to send.
  const isApplying = useRef(false);

  const apply = useCallback(
    (path: string, value: unknown) => {
      isApplying.current = true;
      form.setValue(path as never, value as never, { shouldValidate: true });
      isApplying.current = false;
    },
    [form],
  );

  const countProgress = useCallback(() => {
    const values = items.map((item) => toSaveInput(item, form.getValues(`answers.${item.id}` as never) as SectionFormEntry | undefined));
    const isSet = values.map((entry) => entry.value !== null && !(typeof entry.value === "number" && Number.isNaN(entry.value)));
    const answered = isSet.filter(Boolean).length;
    const complete = items.every((item, index) => !item.required || isSet[index]);
    setProgress(sectionId, { answered, total: items.length, complete });
  }, [form, items, sectionId]);

  const markInvalid = useCallback((key: string, isInvalid: boolean) => {
    setInvalidKeys((keys) => {
      if (keys.has(key) === isInvalid) return keys;
      const next = new Set(keys);
      if (isInvalid) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  const onFieldChange = useCallback(
    (name: string) => {
      countProgress();
      if (isApplying.current) return;
      if (name === COMMENT) {
        const input = { assessmentId, sectionId, comment: form.getValues("comment") ?? "" };
        const valid = sectionCommentSchema.safeParse(input).success;
        markInvalid(COMMENT, !valid);
        const key = `${COMMENT}:${sectionId}`;
        if (valid) void queue(key, "comment", { sectionId, comment: input.comment });
        else cancel(key);
        return;
      }
      const itemId = /^answers\.(.+)\.(value|otherText)$/.exec(name)?.[1];
      const item = itemId ? itemsById.get(itemId) : undefined;
      if (!item) return;
      const body = { itemId: item.id, ...toSaveInput(item, form.getValues(`answers.${item.id}` as never) as SectionFormEntry | undefined) };
      const valid = saveAnswerSchema.safeParse({ assessmentId, ...body }).success;
      markInvalid(item.id, !valid);
      if (valid) void queue(item.id, "answer", body);
      else cancel(item.id);
    },
    [assessmentId, sectionId, form, itemsById, markInvalid, queue, cancel, countProgress],
  );

  useEffect(() => {
    // The callback form of watch() subscribes without re-rendering the form on every keystroke.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = form.watch((_values, { name }) => {
      if (name) onFieldChange(name);
    });
    return () => subscription.unsubscribe();
  }, [form, onFieldChange]);

  // Answers still waiting on this device (typed offline, or before a reload) are shown as typed.
  useEffect(() => {
    let active = true;
    void load().then((waiting) => {
      if (!active) return;
      for (const entry of waiting) {
        if (entry.kind === "comment" && entry.body.sectionId === sectionId) apply(COMMENT, entry.body.comment);
        const item = entry.kind === "answer" ? itemsById.get(entry.key) : undefined;
        if (!item) continue;
        apply(`answers.${item.id}.value`, entry.body.value ?? emptyValue(item));
        apply(`answers.${item.id}.otherText`, entry.body.otherText ?? "");
      }
      countProgress();
      setLoaded(true);
    });
    return () => {
      active = false;
    };
  }, [load, apply, itemsById, sectionId, countProgress]);

  const onLiveState = useCallback(
    (state: LiveStateView) => {
      for (const item of items) {
        const stored = state.answers[item.id];
        if (!acceptRemote(item.id, stored?.version ?? 0)) continue;
        apply(`answers.${item.id}.value`, stored?.value ?? emptyValue(item));
        apply(`answers.${item.id}.otherText`, stored?.otherText ?? "");
      }
      for (const entry of state.completion) if (entry.sectionId !== sectionId) setProgress(entry.sectionId, entry);
      countProgress();
    },
    [items, acceptRemote, apply, sectionId, countProgress],
  );
  const present = useLiveState(assessmentId, sectionId, isLoaded, onLiveState, () => setSessionDialogOpen(true));

  const isSignedOut = outbox.state.phase === "signedOut";
  useEffect(() => {
    if (isSignedOut) setSessionDialogOpen(true);
  }, [isSignedOut]);

  const navigation = useOfflinePages(outbox.flushNow);
  const isReady = isHydrated && isLoaded;
  const { errors } = form.formState;
  const hasInvalid = invalidKeys.size > 0 || Object.keys(errors).length > 0;
  const conflict = outbox.conflicts[0];
  return (
    <FormProvider {...form}>
      <div className="sticky top-0 z-10 -mx-4 mb-4 space-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2">
        <AutosaveStatus state={outbox.state} hasInvalid={hasInvalid} onSignIn={() => setSessionDialogOpen(true)} />
        <PresenceNotice present={present} />
        <NavigationNotice {...navigation} />
      </div>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <fieldset disabled={!isReady} aria-busy={!isReady} data-testid="section-fields" className="space-y-8 disabled:opacity-60">
          {items.map((item) => (
            <div key={item.id}>
              <ItemField
                item={item}
                strings={strings}
                error={errorAt(errors, `answers.${item.id}.value`)}
                otherError={errorAt(errors, `answers.${item.id}.otherText`)}
              />
              {itemNotes?.[item.id]}
            </div>
          ))}
          <SectionComment error={errors.comment?.message} />
        </fieldset>
      </form>
      <SessionDialog
        open={isSessionDialogOpen}
        email={user.email}
        waiting={outbox.state.waiting}
        onClose={() => setSessionDialogOpen(false)}
        onSignedIn={() => {
          setSessionDialogOpen(false);
          outbox.resume();
        }}
      />
      <ConflictDialog
        conflict={conflict}
        item={conflict ? itemsById.get(conflict.key) : undefined}
        strings={strings}
        onResolve={(key, keep) => {
          const current = outbox.conflicts.find((c) => c.key === key)?.current;
          const item = itemsById.get(key);
          if (keep === "theirs" && item) {
            apply(`answers.${item.id}.value`, current?.value ?? emptyValue(item));
            apply(`answers.${item.id}.otherText`, current?.otherText ?? "");
            countProgress();
          }
          outbox.resolve(key, keep);
        }}
      />
    </FormProvider>
  );
}
