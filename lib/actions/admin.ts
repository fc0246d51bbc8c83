"use server";

import { revalidatePath } from "next/cache";
import { checkUser } from "@/lib/auth/guards";
import {
  agencySchema,
  inviteUserSchema,
  setActiveSchema,
  updateAgencySchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/admin/schemas";
import {
  createAgency,
  forcePasswordReset,
  inviteUser,
  resendInvitation,
  setAgencyActive,
  setUserActive,
  updateAgency,
  updateUser,
  type LinkDelivery,
} from "@/lib/data/admin";
import { fail, fieldErrorsOf, ok, type ActionResult } from "./result";

/*
 * Thin edges: parse with the shared schema → check the ADMIN role → call the data layer (which checks it
 * again) → return a result whose error messages are catalogue keys. Dates travel as ISO strings.
 */

export type LinkResult = Omit<LinkDelivery, "expiresAt"> & { expiresAt: string };

const adminOnly = () => checkUser({ permission: "admin:manage" });

function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  return fail(issues[0]?.message ?? "validation.invalidForm", { fieldErrors: fieldErrorsOf(issues) });
}

function toLinkResult(result: ActionResult<LinkDelivery>): ActionResult<LinkResult> {
  return result.ok ? ok({ ...result.data, expiresAt: result.data.expiresAt.toISOString() }) : result;
}

export async function createAgencyAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = agencySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await createAgency(guard.user, parsed.data);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function updateAgencyAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = updateAgencySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const { id, ...data } = parsed.data;
  const result = await updateAgency(guard.user, id, data);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function setAgencyActiveAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await setAgencyActive(guard.user, parsed.data.id, parsed.data.active);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function inviteUserAction(input: unknown): Promise<ActionResult<LinkResult>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = inviteUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await inviteUser(guard.user, parsed.data);
  if (result.ok) revalidatePath("/admin", "layout");
  return toLinkResult(result);
}

export async function updateUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await updateUser(guard.user, parsed.data);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = setActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await setUserActive(guard.user, parsed.data.id, parsed.data.active);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}

export async function forcePasswordResetAction(input: unknown): Promise<ActionResult<LinkResult>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const result = await forcePasswordReset(guard.user, parsed.data.id);
  if (result.ok) revalidatePath("/admin", "layout");
  return toLinkResult(result);
}

export async function resendInvitationAction(input: unknown): Promise<ActionResult<LinkResult>> {
  const guard = await adminOnly();
  if (!guard.ok) return fail(guard.error);
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  return toLinkResult(await resendInvitation(guard.user, parsed.data.id));
}
