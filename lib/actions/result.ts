import "./zod-messages";

/** What every server action returns: expected failures are values; bugs throw and reach error.tsx. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; params?: Record<string, string | number> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(error: string, extra: Omit<Extract<ActionResult, { ok: false }>, "ok" | "error"> = {}) {
  return { ok: false as const, error, ...extra };
}

/** zod issues → { field: [message keys] } (messages are catalogue keys, translated by the form). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
