import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { clientIp } from "@/lib/auth/client-ip";
import { checkCredentials } from "@/lib/data/sign-in";
import { getEnv } from "@/lib/env";
import { errorFields, logger } from "@/lib/log/logger";

/** Too many recent failures: one message for everyone, whether or not the account exists. */
export class LockedOutError extends CredentialsSignin {
  code = "locked";
}

/** A burst of sign-ins fills the password-check queue: "try again in a few seconds". */
export class SignInBusyError extends CredentialsSignin {
  code = "busy";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  logger: {
    // A wrong password is an expected outcome (audited in the database), not a server error to log.
    error(error) {
      // Match on Auth.js's `type`: class names are minified in the production build.
      const isExpected = "type" in error && error.type === "CredentialsSignin";
      if (!isExpected) logger.error({ event: "auth-error", err: errorFields(error) }, "Auth.js error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Wrong password, unknown email and deactivated account all answer null (one non-revealing message).
      authorize: async (credentials, request) => {
        const result = await checkCredentials(credentials, clientIp(request));
        if (result.ok) return result.data;
        if (result.code === "rateLimited") throw result.error === "auth.busy" ? new SignInBusyError() : new LockedOutError();
        return null;
      },
    }),
  ],
});
