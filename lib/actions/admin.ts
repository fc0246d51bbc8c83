"use server";

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
import { mapResult, type Result } from "@/lib/result";
import { defineAction, type RevalidateTarget } from "./define-action";

/* Administration: the data layer checks the ADMIN role again. Dates travel as ISO strings. */

export type LinkResult = Omit<LinkDelivery, "expiresAt"> & { expiresAt: string };

const adminPages: RevalidateTarget[] = [{ path: "/admin", type: "layout" }];

function toLinkResult(result: Result<LinkDelivery>): Result<LinkResult> {
  return mapResult(result, (data) => ({ ...data, expiresAt: data.expiresAt.toISOString() }));
}

export const createAgencyAction = defineAction(
  { schema: agencySchema, permission: "admin:manage", revalidate: adminPages },
  (input, user) => createAgency(user, input),
);

export const updateAgencyAction = defineAction(
  { schema: updateAgencySchema, permission: "admin:manage", revalidate: adminPages },
  ({ id, ...data }, user) => updateAgency(user, id, data),
);

export const setAgencyActiveAction = defineAction(
  { schema: setActiveSchema, permission: "admin:manage", revalidate: adminPages },
  (input, user) => setAgencyActive(user, input.id, input.active),
);

export const inviteUserAction = defineAction(
  { schema: inviteUserSchema, permission: "admin:manage", revalidate: adminPages },
  async (input, user) => toLinkResult(await inviteUser(user, input)),
);

export const updateUserAction = defineAction(
  { schema: updateUserSchema, permission: "admin:manage", revalidate: adminPages },
  (input, user) => updateUser(user, input),
);

export const setUserActiveAction = defineAction(
  { schema: setActiveSchema, permission: "admin:manage", revalidate: adminPages },
  (input, user) => setUserActive(user, input.id, input.active),
);

export const forcePasswordResetAction = defineAction(
  { schema: userIdSchema, permission: "admin:manage", revalidate: adminPages },
  async (input, user) => toLinkResult(await forcePasswordReset(user, input.id)),
);

/** Nothing to revalidate: a resent invitation changes no list. */
export const resendInvitationAction = defineAction({ schema: userIdSchema, permission: "admin:manage" }, async (input, user) =>
  toLinkResult(await resendInvitation(user, input.id)),
);
