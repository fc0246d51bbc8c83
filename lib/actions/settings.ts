"use server";

import { helpLinkSchema } from "@/lib/help/help-link-schema";
import { updateHelpUrl } from "@/lib/data/settings/help-link";
import { defineAction } from "./define-action";

/** The administrator's help and contact link; every page's footer shows it, hence the whole-app revalidation. */
export const updateHelpLinkAction = defineAction(
  { schema: helpLinkSchema, permission: "admin:manage", revalidate: [{ path: "/", type: "layout" }] },
  (input, user) => updateHelpUrl(user, input.helpUrl),
);
