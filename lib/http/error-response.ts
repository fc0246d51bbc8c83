import type { ErrorCode, Failure } from "@/lib/result";

/** The one mapping of the error vocabulary to HTTP statuses, for every route handler. */
export const HTTP_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  invalid: 400,
  conflict: 409,
  rateLimited: 429,
} as const satisfies Record<ErrorCode, number>;

/**
 * A refusal as a JSON response: `{ error, code }`, where `error` is the catalogue key (or, when `message`
 * is given, the sentence already translated for this request). Never cached.
 */
export function errorResponse(failure: Failure, message: string = failure.error): Response {
  return Response.json(
    { error: message, code: failure.code },
    { status: HTTP_STATUS[failure.code], headers: { "Cache-Control": "private, no-store" } },
  );
}
