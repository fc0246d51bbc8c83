import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "session-token-test-secret-0123456789abcdef";
const cookieHeader = { value: "" };
vi.mock("next/headers", () => ({ headers: async () => new Headers(cookieHeader.value ? { cookie: cookieHeader.value } : {}) }));
vi.mock("@/lib/env", () => ({ getEnv: () => ({ AUTH_SECRET: SECRET }), isHttpsApp: () => false }));
const { readSessionToken } = await import("./session-token");

// What Auth.js writes at sign-in (lib/auth/config.ts jwt callback), under its default cookie name and salt.
const COOKIE = "authjs.session-token";
const signedIn = (claims: Record<string, unknown>, { salt = COOKIE, secret = SECRET } = {}) =>
  encode({ token: claims, secret, salt, maxAge: 3600 });

beforeEach(() => {
  cookieHeader.value = "";
});

describe("readSessionToken", () => {
  it("reads the user and the server-side session from the cookie Auth.js wrote", async () => {
    cookieHeader.value = `other=1; ${COOKIE}=${await signedIn({ id: "u1", sessionId: "s1", role: "RESPONDENT" })}`;
    expect(await readSessionToken()).toEqual({ id: "u1", sessionId: "s1" });
  });

  it("answers null without a cookie, for a token of another key or salt, a tampered one, or one without a session", async () => {
    expect(await readSessionToken()).toBeNull();
    cookieHeader.value = `${COOKIE}=${await signedIn({ id: "u1", sessionId: "s1" }, { secret: "another-secret-of-enough-length-0123456789" })}`;
    expect(await readSessionToken()).toBeNull();
    cookieHeader.value = `${COOKIE}=${await signedIn({ id: "u1", sessionId: "s1" }, { salt: `__Secure-${COOKIE}` })}`;
    expect(await readSessionToken()).toBeNull();
    const token = await signedIn({ id: "u1", sessionId: "s1" });
    cookieHeader.value = `${COOKIE}=${token.slice(0, -4)}AAAA`;
    expect(await readSessionToken()).toBeNull();
    cookieHeader.value = `${COOKIE}=${await signedIn({ id: "u1" })}`;
    expect(await readSessionToken()).toBeNull();
  });

  it("answers null for an expired token", async () => {
    const expired = await encode({ token: { id: "u1", sessionId: "s1" }, secret: SECRET, salt: COOKIE, maxAge: -60 });
    cookieHeader.value = `${COOKIE}=${expired}`;
    expect(await readSessionToken()).toBeNull();
  });
});
