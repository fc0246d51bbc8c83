import { expect, test } from "./fixtures";

/*
 * Issue 10, "Operations", over HTTP against the built app: the load balancers' health check and the request id
 * every response carries. The 503 with the database down and the graceful shutdown need a server of their
 * own (stopped, or started on a broken database): scripts/ops/check-operations.ts.
 */
test.describe("operations", () => {
  test("GET /api/health is 200 when the database answers and every migration is applied, without a session or secrets", async ({ request }) => {
    const response = await request.get("/api/health", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", migrations: { state: "applied", pending: 0 } });
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(JSON.stringify(body)).not.toMatch(/file:|\.db|secret|postgres|password/i);
    // No session cookie is set or rewritten by a probe that runs every few seconds.
    expect(response.headers()["set-cookie"]).toBeUndefined();
    expect((await request.head("/api/health")).status()).toBe(200);
  });

  test("every response carries an X-Request-Id; a client cannot choose it without a trusted proxy", async ({ request }) => {
    const page = await request.get("/sign-in", { headers: { "x-request-id": "forged-by-the-client" } });
    const id = page.headers()["x-request-id"];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const other = await request.get("/api/health");
    expect(other.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(other.headers()["x-request-id"]).not.toBe(id);
  });
});
