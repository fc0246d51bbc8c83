import { z } from "zod";

/** The sign-in form and the credentials provider parse the same schema. Messages are catalogue keys. */
export const signInSchema = z.object({
  email: z.email("validation.invalidEmail").max(254, "validation.tooLong").transform((email) => email.toLowerCase()),
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  callbackUrl: z.string().max(2000).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
