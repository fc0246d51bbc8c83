"use server";

import { z } from "zod";
import { touchSession } from "@/lib/data/sessions";
import { fail, ok } from "@/lib/result";
import { defineAction } from "./define-action";

/** "Stay signed in" from the expiry warning: the session counts as active now; returns its new end. */
export const staySignedInAction = defineAction({ schema: z.unknown(), permission: "signed-in" }, async (_input, user) => {
  const endsAt = await touchSession(user.id, user.sessionId ?? "");
  return endsAt ? ok({ endsAt: endsAt.toISOString() }) : fail("unauthenticated");
});
