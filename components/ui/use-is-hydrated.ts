import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server-rendered HTML and until React has hydrated the page, then true. Forms that submit
 * through JavaScript keep their button disabled until then: on a slow connection, a click before
 * hydration would otherwise do nothing (or post the form natively).
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
