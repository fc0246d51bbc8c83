"use server";

import { changePasswordSchema, setPasswordSchema } from "@/lib/admin/schemas";
import { changePassword, setPasswordWithToken } from "@/lib/data/account";
import { mapResult } from "@/lib/result";
import { defineAction } from "./define-action";

/** Public (the link is the credential): sets the password of an invited user. */
export const acceptInvitationAction = defineAction({ schema: setPasswordSchema, permission: "public" }, async (input) =>
  mapResult(await setPasswordWithToken(input.token, "INVITE", input.password), () => undefined),
);

/** Public (the link is the credential): sets a new password after an administrator's reset. */
export const resetPasswordAction = defineAction({ schema: setPasswordSchema, permission: "public" }, async (input) =>
  mapResult(await setPasswordWithToken(input.token, "RESET", input.password), () => undefined),
);

export const changePasswordAction = defineAction({ schema: changePasswordSchema, permission: "signed-in" }, (input, user) =>
  changePassword(user, input.currentPassword, input.password),
);
