"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { SectionFormValues } from "@/lib/questionnaire/schemas";

/*
 * The section form's values: a small store the controls read and write by field path
 * (`answers.<section>.<name>.value`, `comment`), with one notification per change. It replaces a form
 * library on the page that must be lightest on a slow line: the form needs only values, change notices and
 * the errors its validation (loaded on first interaction) returns, which SectionForm keeps as state.
 */

type Listener = (path: string) => void;

export type SectionStore = {
  get: (path: string) => unknown;
  /** Sets a field and tells every listener which path changed. */
  set: (path: string, value: unknown) => void;
  values: () => SectionFormValues;
  subscribe: (listener: Listener) => () => void;
};

function readPath(values: unknown, path: string): unknown {
  let node = values;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/** A copy of `values` with `path` set: the objects along the path are new, so readers see the change. */
function writePath(values: unknown, keys: string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const node = (typeof values === "object" && values !== null ? values : {}) as Record<string, unknown>;
  return { ...node, [key]: writePath(node[key], rest, value) };
}

export function createSectionStore(defaults: SectionFormValues): SectionStore {
  let values = defaults;
  const listeners = new Set<Listener>();
  return {
    get: (path) => readPath(values, path),
    set(path, value) {
      values = writePath(values, path.split("."), value) as SectionFormValues;
      for (const listener of listeners) listener(path);
    },
    values: () => values,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const SectionStoreContext = createContext<SectionStore | null>(null);

/** The value of one field and its setter; the component re-renders when that field changes. */
export function useField<T = unknown>(path: string): [T, (value: unknown) => void] {
  const store = useContext(SectionStoreContext);
  if (!store) throw new Error("useField outside a section form");
  const read = () => store.get(path) as T;
  const value = useSyncExternalStore(store.subscribe, read, read);
  return [value, (next) => store.set(path, next)];
}
