import { z } from "zod";

export const HELP_URL_MAX_LENGTH = 500;

/**
 * The administrator's help and contact link: a web page, a mailto: address, or a bare email address
 * (stored as mailto:). Empty removes the link. Shared by the settings form and its server action.
 */
export const helpLinkSchema = z.object({
  helpUrl: z
    .string()
    .trim()
    .max(HELP_URL_MAX_LENGTH, "validation.tooLong")
    .transform((value) => (z.email().safeParse(value).success ? `mailto:${value}` : value))
    .refine((value) => value === "" || isHelpUrl(value), "admin.settings.invalidHelpUrl")
    .transform((value) => value || null),
});

export type HelpLinkFormValues = z.input<typeof helpLinkSchema>;
export type HelpLinkInput = z.output<typeof helpLinkSchema>;

/** Only links that cannot run code: web pages (an intranet may still be http) and mail addresses. */
export function isHelpUrl(value: string): boolean {
  if (value.startsWith("mailto:")) return z.email().safeParse(value.slice("mailto:".length)).success;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
