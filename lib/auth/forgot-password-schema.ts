import { z } from "zod";

/** The "forgot password" form and its server action parse the same schema. Messages are catalogue keys. */
export const forgotPasswordSchema = z.object({
  email: z.email("validation.invalidEmail").max(254, "validation.tooLong").transform((email) => email.toLowerCase()),
});

export type ForgotPasswordFormValues = z.input<typeof forgotPasswordSchema>;
