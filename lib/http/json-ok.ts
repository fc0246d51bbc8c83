/** A successful JSON answer of a route handler (refusals go through errorResponse). Never cached. */
export function jsonOk(body: object): Response {
  return Response.json({ ok: true, ...body }, { headers: { "Cache-Control": "private, no-store" } });
}

/** The request body as JSON, or `undefined` when it is not JSON (then the schema refuses it). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
