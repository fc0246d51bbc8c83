import { NextResponse } from "next/server";

/**
 * How the JSON route handlers answer: the error vocabulary of the data layer mapped to HTTP statuses in one
 * place. Bodies carry catalogue keys (`error`), which the page translates. Never cached: answers are private.
 */
const STATUS_BY_ERROR: Record<string, number> = {
  "validation.unauthenticated": 401,
  "validation.forbidden": 404, // another agency's assessment answers like a missing one
  "validation.notFound": 404,
  "validation.notDraft": 409,
  "validation.staleAnswer": 409,
};

const HEADERS = { "Cache-Control": "private, no-store" };

export function jsonOk<T extends object>(body: T): NextResponse {
  return NextResponse.json({ ok: true, ...body }, { headers: HEADERS });
}

/** An expected refusal: 4xx with the catalogue key; anything unlisted is a validation error (422). */
export function jsonError(error: string, extra: object = {}): NextResponse {
  return NextResponse.json({ ok: false, error, ...extra }, { status: STATUS_BY_ERROR[error] ?? 422, headers: HEADERS });
}

/** The request body as JSON, or `undefined` when it is not JSON (then the schema refuses it). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
