/*
 * The one result type and error vocabulary of the application, shared by every layer (lib/data returns it,
 * lib/actions passes it on, pages and route handlers turn it into a navigation or an HTTP status).
 * Expected failures are values; bugs throw and reach error.tsx (or a 500 in a route handler).
 *
 * A failure carries two things: `code`, WHAT KIND of refusal it is (from this short list; route handlers map
 * it to an HTTP status in lib/http/error-response.ts, pages to notFound()/forbidden in lib/http/page-data.ts),
 * and `error`, the catalogue key of the sentence the user reads (forms translate it, with `params`).
 */

/** Every kind of expected failure. Adding one forces a status in lib/http/error-response.ts. */
export const ERROR_CODES = ["unauthenticated", "forbidden", "notFound", "invalid", "conflict", "rateLimited"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The sentence shown when a failure names none of its own. */
export const DEFAULT_MESSAGES = {
  unauthenticated: "validation.unauthenticated",
  forbidden: "validation.forbidden",
  notFound: "validation.notFound",
  invalid: "validation.invalidForm",
  conflict: "validation.conflict",
  rateLimited: "validation.rateLimited",
} as const satisfies Record<ErrorCode, string>;

export type FieldErrors = Record<string, string[]>;

export type Failure = {
  ok: false;
  code: ErrorCode;
  /** Catalogue key of the message (e.g. "validation.roundTaken"), translated by the page or form. */
  error: string;
  /** Field path → catalogue keys, for forms. */
  fieldErrors?: FieldErrors;
  /** Values interpolated into the message. */
  params?: Record<string, string | number>;
};

export type Success<T> = { ok: true; data: T };

export type Result<T = undefined> = Success<T> | Failure;

export function ok(): Success<undefined>;
export function ok<T>(data: T): Success<T>;
export function ok<T>(data?: T): Success<T | undefined> {
  return { ok: true, data };
}

/** `fail("notFound")`, or with its own sentence: `fail("conflict", "validation.roundTaken", { params: { round } })`. */
export function fail(
  code: ErrorCode,
  error: string = DEFAULT_MESSAGES[code],
  extra: Pick<Failure, "fieldErrors" | "params"> = {},
): Failure {
  return { ok: false, code, error, ...extra };
}

type Issue = { path: readonly PropertyKey[]; message: string };

/** zod issues → { field: [message keys] } (messages are catalogue keys, translated by the form). */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Input refused by a schema: the first issue is the message, every issue goes to its field. */
export function invalidInput(issues: readonly Issue[]): Failure {
  return fail("invalid", issues[0]?.message ?? DEFAULT_MESSAGES.invalid, { fieldErrors: fieldErrorsOf(issues) });
}

/** Transforms the data of a success; a failure passes through unchanged. */
export function mapResult<T, U>(result: Result<T>, map: (data: T) => U): Result<U> {
  return result.ok ? ok(map(result.data)) : result;
}
