import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Result } from "@/lib/result";

/**
 * For pages: the data of a success; a refusal becomes the matching navigation (the 404 page, the 403 page,
 * sign-in). Any other failure on a page is a bug and throws (it reaches error.tsx).
 */
export function pageData<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  if (result.code === "notFound") notFound();
  if (result.code === "forbidden") redirect("/forbidden");
  if (result.code === "unauthenticated") redirect("/sign-in");
  throw new Error(`Unexpected "${result.code}" failure on a page: ${result.error}`);
}
