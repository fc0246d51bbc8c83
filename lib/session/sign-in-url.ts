import "server-only";
import { headers } from "next/headers";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getEnv } from "@/lib/env";
import { REQUEST_PATH_HEADER } from "./request-path";

/**
 * Sign-in, with the page asked for as callbackUrl, so a deep link survives a session that ended while the
 * browser still held its cookie (revoked, expired on the server): the proxy let it through, the page's guard
 * sends it to sign-in. The path is validated by the same function as at sign-in (lib/auth/callback-url.ts).
 */
export async function signInUrl(): Promise<string> {
  const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER), getEnv().APP_URL);
  return path ? `/sign-in?callbackUrl=${encodeURIComponent(path)}` : "/sign-in";
}
