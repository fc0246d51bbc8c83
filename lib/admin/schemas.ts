import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { REGIONS, ROLES } from "@/lib/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { isCountryCode } from "@/lib/i18n/country-codes";

/**
 * The administration inputs, shared by the forms (zodResolver) and the server actions (safeParse).
 * Messages are catalogue keys (`validation.*`, `admin.errors.*`) that the form translates.
 */

/** Database ids (cuid): letters, digits, `-` and `_`. */
export const recordIdSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(64, "validation.invalidId")
  .regex(/^[A-Za-z0-9_-]+$/, "validation.invalidId");

const nameSchema = z.string().trim().min(1, "validation.required").max(200, "validation.tooLong");

export const agencySchema = z.object({
  // Any script: the name is kept as typed (trimmed, Unicode-normalised so that equal names compare equal).
  name: nameSchema.transform((name) => name.normalize("NFC")),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "admin.errors.countryCode"),
  region: z.enum(REGIONS, "validation.required"),
  language: z.enum(LOCALES, "validation.required"),
});
export type AgencyInput = z.infer<typeof agencySchema>;
export type AgencyFormValues = z.input<typeof agencySchema>;

export const updateAgencySchema = agencySchema.extend({ id: recordIdSchema });

/** A respondent belongs to exactly one agency; coordinators and administrators to none. */
function checkAgencyForRole(value: { role: string; agencyId: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "RESPONDENT" && !value.agencyId) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: "admin.errors.agencyRequired" });
  }
  if (value.role !== "RESPONDENT" && value.agencyId) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: "admin.errors.agencyForbidden" });
  }
}

const optionalAgencyIdSchema = z
  .string()
  .trim()
  .max(64, "validation.invalidId")
  .regex(/^[A-Za-z0-9_-]*$/, "validation.invalidId")
  .nullish()
  .transform((id) => id || null);

export const inviteUserSchema = z
  .object({
    email: z.email("validation.invalidEmail").max(254, "validation.tooLong").transform((email) => email.toLowerCase()),
    name: nameSchema,
    role: z.enum(ROLES, "validation.required"),
    agencyId: optionalAgencyIdSchema,
    language: z.enum(LOCALES, "validation.required"),
  })
  .superRefine(checkAgencyForRole);
export type InviteUserInput = z.infer<typeof inviteUserSchema>;
export type InviteUserFormValues = z.input<typeof inviteUserSchema>;

export const updateUserSchema = z
  .object({
    id: recordIdSchema,
    name: nameSchema,
    role: z.enum(ROLES, "validation.required"),
    agencyId: optionalAgencyIdSchema,
    language: z.enum(LOCALES, "validation.required"),
  })
  .superRefine(checkAgencyForRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type UpdateUserFormValues = z.input<typeof updateUserSchema>;

export const setActiveSchema = z.object({ id: recordIdSchema, active: z.boolean() });
export const userIdSchema = z.object({ id: recordIdSchema });

const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "admin.errors.passwordTooShort")
  .max(200, "validation.tooLong");

function checkConfirmation(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "admin.errors.passwordMismatch" });
  }
}

/** The one-time link: 32 random bytes in base64url (43 characters). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "admin.errors.linkInvalid");

export const setPasswordSchema = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .superRefine(checkConfirmation);
export type SetPasswordFormValues = z.input<typeof setPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine(checkConfirmation);
export type ChangePasswordFormValues = z.input<typeof changePasswordSchema>;

// List filters come from the query string: anything unexpected falls back to "no filter".
const optionalText = z.string().trim().max(200).optional().catch(undefined);
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const agencyFilterSchema = z.object({
  q: optionalText,
  region: z.enum(REGIONS).optional().catch(undefined),
  page: pageSchema,
});
export type AgencyFilter = z.infer<typeof agencyFilterSchema>;

export const userFilterSchema = z.object({
  q: optionalText,
  role: z.enum(ROLES).optional().catch(undefined),
  agencyId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  page: pageSchema,
});
export type UserFilter = z.infer<typeof userFilterSchema>;

export const auditFilterSchema = z.object({
  action: optionalText,
  actor: optionalText,
  entity: optionalText,
  from: isoDay,
  to: isoDay,
  page: pageSchema,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
