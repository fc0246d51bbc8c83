import "server-only";
import "./zod-messages";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/access";
import type { Permission } from "@/lib/auth/roles";
import { invalidInput, type Failure, type Result } from "@/lib/result";
import { checkUser, getCurrentUser } from "@/lib/session/guards";

/** Who may call: a permission of the role table, any signed-in user, or anyone (the user is then optional). */
export type ActionAccess = Permission | "signed-in" | "public";

type UserOf<A extends ActionAccess> = A extends "public" ? SessionUser | null : SessionUser;

/** A path to revalidate after a success; `{ path, type: "layout" }` revalidates everything under it. */
export type RevalidateTarget = string | { path: string; type: "layout" | "page" };

export type ActionOptions<S extends z.ZodType, A extends ActionAccess, T> = {
  /** The same schema the form validates with. */
  schema: S;
  permission: A;
  /** Paths whose cached render a success makes stale. */
  revalidate?: RevalidateTarget[] | ((input: z.output<S>, data: T) => RevalidateTarget[]);
  /** Where the browser goes after a success (the action then returns nothing). */
  redirectTo?: (data: T, input: z.output<S>) => string;
  /** The answer to input the schema refuses (default: the first issue's message, and every field's). */
  onInvalid?: (issues: z.core.$ZodIssue[]) => Failure;
};

/**
 * Every server action is declared through this one wrapper, so none writes the guard → parse → call →
 * revalidate sequence by hand:
 *   1. the session and the permission (a refusal is "unauthenticated" or "forbidden");
 *   2. the input, parsed with the shared zod schema ("invalid", with field errors);
 *   3. `fn`, which calls lib/data (which checks the agency and status of the record itself);
 *   4. on success, the listed paths are revalidated, then the optional redirect (outside any try block).
 * Expected failures come back as values (lib/result.ts); anything thrown is a bug and reaches error.tsx.
 *
 *   export const submitAssessmentAction = defineAction({ schema: submitAssessmentSchema, permission: "assessment:fill" },
 *     (input, user) => submitAssessment(user, input.assessmentId));
 */
export function defineAction<S extends z.ZodType, A extends ActionAccess, T>(
  options: ActionOptions<S, A, T>,
  fn: (input: z.output<S>, user: UserOf<A>) => Promise<Result<T>>,
): (input: unknown) => Promise<Result<T>> {
  return async (input: unknown) => {
    let user: SessionUser | null = null;
    if (options.permission === "public") {
      user = await getCurrentUser();
    } else {
      const guard = await checkUser(options.permission === "signed-in" ? {} : { permission: options.permission });
      if (!guard.ok) return guard;
      user = guard.data;
    }
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return options.onInvalid ? options.onInvalid(parsed.error.issues) : invalidInput(parsed.error.issues);

    const result = await fn(parsed.data, user as UserOf<A>);
    if (!result.ok) return result;
    const targets = typeof options.revalidate === "function" ? options.revalidate(parsed.data, result.data) : options.revalidate ?? [];
    for (const target of targets) {
      if (typeof target === "string") revalidatePath(target);
      else revalidatePath(target.path, target.type);
    }
    if (options.redirectTo) redirect(options.redirectTo(result.data, parsed.data));
    return result;
  };
}
