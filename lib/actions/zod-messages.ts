import { z } from "zod";

/**
 * Every refusal names a message of the catalogue (OWASP ASVS 7.4.1, issue 11): where a schema gives no
 * message of its own (an input that is not even an object, a field of the wrong type), zod's English
 * default would reach the user untranslated. The global fallback is the catalogue's "the form is invalid".
 * Schema-level messages still win (zod 4: schema error > global customError).
 */
export const FALLBACK_MESSAGE = "validation.invalidForm";

z.config({ customError: () => FALLBACK_MESSAGE });
