"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import type { SectionFormEntry, SectionFormValues } from "@/lib/questionnaire/schemas";
import type { AnswerValue, SectionId } from "@/lib/questionnaire/types";
import { answerPaths } from "./answer-paths";
import { AutosaveStatus } from "./autosave-status";
import { ItemField } from "./item-field";
import { NavigationNotice } from "./navigation-notice";
import { PresenceNotice } from "./presence-notice";
import { setProgress } from "./progress-store";
import { SectionComment } from "./section-comment";
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

// Loaded when first shown: most pages never show them, and their scripts would weigh on every first load.
const SessionDialog = dynamic(() => import("./session-dialog").then((module) => module.SessionDialog));
const ConflictDialog = dynamic(() => import("./conflict-dialog").then((module) => module.ConflictDialog));

type Validation = typeof import("./section-validation");
let validation: Promise<Validation | null> | undefined;

/**
 * The form's validation (zod, the section schemas and their form glue) loads on the first interaction, not
 * with the page. Should it be unreachable (offline before it was ever fetched; the service worker keeps it
 * once fetched), answers are still kept and sent: the save route checks them with the same schemas.
 */
function loadValidation(): Promise<Validation | null> {
  validation ??= import("./section-validation").catch(() => {
    validation = undefined;
    return null;
  });
  return validation;
}

/** What the save route receives for one item: empty controls clear the answer; numbers are numbers. */
function toSaveInput(item: ItemView, entry: SectionFormEntry | undefined) {
  let value = entry?.value ?? null;
  if (value === "" || (Array.isArray(value) && value.length === 0)) value = null;
  if (item.kind === "number" && typeof value === "string") value = Number(value);
  return { value, otherText: entry?.otherText ?? null };
}

const emptyValue = (item: ItemView): AnswerValue | null => (item.kind === "multi" ? [] : null);

/** A value kept in the outbox (JSON the page wrote itself) as an answer value; anything else is no answer. */
function asAnswerValue(value: unknown): AnswerValue | null {
  if (typeof value === "string" || typeof value === "number") return value;
  return Array.isArray(value) && value.every((entry) => typeof entry === "string") ? value : null;
}

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
  const resolver = useMemo<Resolver<SectionFormValues>>(
    () => async (values, context, options) => {
      const loaded = await loadValidation();
      return loaded ? loaded.sectionResolver(sectionId)(values, context, options) : { values, errors: {} };
    },
    [sectionId],
  );
  const form = useForm<SectionFormValues>({ resolver, defaultValues, mode: "onChange" });
  const outbox = useOutbox(user.id, assessmentId, versions);
  const { queue, cancel, load, acceptRemote } = outbox;
  const isHydrated = useIsHydrated();
  const [isLoaded, setLoaded] = useState(false);
  const [invalidKeys, setInvalidKeys] = useState<ReadonlySet<string>>(new Set());
  const [isSessionDialogOpen, setSessionDialogOpen] = useState(false);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  // Values set by the page itself (waiting answers, colleagues' saves) are not changes to send.
  const isApplying = useRef(false);

  /** Shows an item's answer (or the comment) set by the page itself, not typed by the person. */
  const apply = useCallback(
    (change: { itemId: string; value: AnswerValue | null; otherText: string } | { comment: string }) => {
      isApplying.current = true;
      if ("comment" in change) {
        form.setValue(COMMENT, change.comment, { shouldValidate: true });
      } else {
        const paths = answerPaths(change.itemId);
        form.setValue(paths.value, change.value, { shouldValidate: true });
        form.setValue(paths.otherText, change.otherText, { shouldValidate: true });
      }
      isApplying.current = false;
    },
    [form],
  );

  const countProgress = useCallback(() => {
    const values = items.map((item) => toSaveInput(item, form.getValues(answerPaths(item.id).entry)));
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
        // Changes are checked in the order they were made (each waits for the same loaded module).
        void loadValidation().then((loaded) => {
          const valid = loaded ? loaded.isValidComment(input) : true;
          markInvalid(COMMENT, !valid);
          const key = `${COMMENT}:${sectionId}`;
          if (valid) void queue(key, "comment", { sectionId, comment: input.comment });
          else cancel(key);
        });
        return;
      }
      const itemId = /^answers\.(.+)\.(value|otherText)$/.exec(name)?.[1];
      const item = itemId ? itemsById.get(itemId) : undefined;
      if (!item) return;
      const body = { itemId: item.id, ...toSaveInput(item, form.getValues(answerPaths(item.id).entry)) };
      void loadValidation().then((loaded) => {
        const valid = loaded ? loaded.isValidAnswer({ assessmentId, ...body }) : true;
        markInvalid(item.id, !valid);
        if (valid) void queue(item.id, "answer", body);
        else cancel(item.id);
      });
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
        if (entry.kind === "comment" && entry.body.sectionId === sectionId) apply({ comment: String(entry.body.comment ?? "") });
        const item = entry.kind === "answer" ? itemsById.get(entry.key) : undefined;
        if (!item) continue;
        apply({ itemId: item.id, value: asAnswerValue(entry.body.value) ?? emptyValue(item), otherText: String(entry.body.otherText ?? "") });
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
        apply({ itemId: item.id, value: stored?.value ?? emptyValue(item), otherText: stored?.otherText ?? "" });
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
      {/* The first focus or touch starts loading the validation, so it is there by the first change. */}
      <form
        noValidate
        onSubmit={(event) => event.preventDefault()}
        onFocusCapture={() => void loadValidation()}
        onPointerDownCapture={() => void loadValidation()}
      >
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
      {isSessionDialogOpen && (
        <SessionDialog
          open
          email={user.email}
          waiting={outbox.state.waiting}
          onClose={() => setSessionDialogOpen(false)}
          onSignedIn={() => {
            setSessionDialogOpen(false);
            outbox.resume();
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          item={conflict ? itemsById.get(conflict.key) : undefined}
          strings={strings}
          onResolve={(key, keep) => {
            const current = outbox.conflicts.find((c) => c.key === key)?.current;
            const item = itemsById.get(key);
            if (keep === "theirs" && item) {
              apply({ itemId: item.id, value: current?.value ?? emptyValue(item), otherText: current?.otherText ?? "" });
              countProgress();
            }
            outbox.resolve(key, keep);
          }}
        />
      )}
    </FormProvider>
  );
}
