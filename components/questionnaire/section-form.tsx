"use client";

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { lazyWithRetry } from "@/components/ui/lazy-with-retry";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import type { SectionFormEntry, SectionFormValues } from "@/lib/questionnaire/schemas";
import type { AnswerValue, SectionId } from "@/lib/questionnaire/types";
import { answerPaths } from "./answer-paths";
import { AutosaveStatus } from "./autosave-status";
import { ItemField } from "./item-field";
import { NavigationNotice } from "./navigation-notice";
import { setProgress } from "./progress-store";
import { SectionComment } from "./section-comment";
import { createSectionStore, SectionStoreContext } from "./section-store";
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
  /** The section was copied from the previous round: the respondent confirms it (above the form). */
  needsConfirmation?: boolean;
};

const COMMENT = "comment";

// Loaded when first shown: most pages never show them, and their scripts would weigh on every first load.
// (React.lazy rather than next/dynamic, whose loader machinery would itself be on the first load; with retry,
// so that a fetch failing on a flaky line does not replace the page, answers and all, with the error page.)
const SessionDialog = lazyWithRetry(() => import("./session-dialog").then((module) => module.SessionDialog));
const ConflictDialog = lazyWithRetry(() => import("./conflict-dialog").then((module) => module.ConflictDialog));
// Shown only while a colleague has the assessment open (known from the live poll, so the line is up).
const PresenceNotice = lazyWithRetry(() => import("./presence-notice").then((module) => module.PresenceNotice));
// Shown only on a section copied from the previous round and not yet confirmed (the server renders it too).
const ConfirmSectionButton = lazyWithRetry(() => import("@/components/rounds/confirm-section-button").then((module) => module.ConfirmSectionButton));

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

/**
 * One section of the questionnaire. The controls stay disabled until the page is hydrated and the answers
 * waiting on this device are shown (a tap before that would be cleared by hydration). Every change is
 * validated with the section's shared schema and, when the item's answer is valid, put in the durable
 * outbox (use-outbox.ts). Colleagues' saves arrive through the live poll; their presence is shown.
 */
export function SectionForm({ assessmentId, sectionId, items, defaultValues, versions, user, strings, itemNotes, needsConfirmation }: Props) {
  const [form] = useState(() => createSectionStore(defaultValues));
  // The section's errors by field path, from its shared schema after each change.
  const [errors, setErrors] = useState<Record<string, string>>({});
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
        form.set(COMMENT, change.comment);
      } else {
        const paths = answerPaths(change.itemId);
        form.set(paths.value, change.value);
        form.set(paths.otherText, change.otherText);
      }
      isApplying.current = false;
    },
    [form],
  );

  const countProgress = useCallback(() => {
    const values = items.map((item) => toSaveInput(item, form.get(answerPaths(item.id).entry) as SectionFormEntry | undefined));
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
        const input = { assessmentId, sectionId, comment: form.values().comment ?? "" };
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
      const body = { itemId: item.id, ...toSaveInput(item, form.get(answerPaths(item.id).entry) as SectionFormEntry | undefined) };
      void loadValidation().then((loaded) => {
        const valid = loaded ? loaded.isValidAnswer({ assessmentId, ...body }) : true;
        markInvalid(item.id, !valid);
        if (valid) void queue(item.id, "answer", body);
        else cancel(item.id);
      });
    },
    [assessmentId, sectionId, form, itemsById, markInvalid, queue, cancel, countProgress],
  );

  // Every change, typed or set by the page, is validated against the section's schema (cross-field rules
  // included, so an error shows wherever the rule puts it); only typed ones are sent.
  useEffect(
    () =>
      form.subscribe((name) => {
        onFieldChange(name);
        void loadValidation().then((loaded) => {
          if (loaded) setErrors(loaded.validateSection(sectionId, form.values()));
        });
      }),
    [form, onFieldChange, sectionId],
  );

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
  // The session ending opens the dialog (once per ending: "Not now" closes it until the next one).
  const [wasSignedOut, setWasSignedOut] = useState(isSignedOut);
  if (isSignedOut !== wasSignedOut) {
    setWasSignedOut(isSignedOut);
    if (isSignedOut) setSessionDialogOpen(true);
  }

  const navigation = useOfflinePages(outbox.flushNow);
  const isReady = isHydrated && isLoaded;
  const hasInvalid = invalidKeys.size > 0 || Object.keys(errors).length > 0;
  const conflict = outbox.conflicts[0];
  return (
    <SectionStoreContext value={form}>
      {needsConfirmation && (
        <div className="mb-6">
          <Suspense fallback={null}>
            <ConfirmSectionButton assessmentId={assessmentId} sectionId={sectionId} />
          </Suspense>
        </div>
      )}
      <div className="sticky top-0 z-10 -mx-4 mb-4 space-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2">
        <AutosaveStatus state={outbox.state} hasInvalid={hasInvalid} onSignIn={() => setSessionDialogOpen(true)} />
        {present.length > 0 && (
          <Suspense fallback={null}>
            <PresenceNotice present={present} />
          </Suspense>
        )}
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
                error={errors[answerPaths(item.id).value]}
                otherError={errors[answerPaths(item.id).otherText]}
              />
              {itemNotes?.[item.id]}
            </div>
          ))}
          <SectionComment error={errors[COMMENT]} />
        </fieldset>
      </form>
      <Suspense fallback={null}>
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
      </Suspense>
    </SectionStoreContext>
  );
}
