import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { authConfig } from "./config";
import { authorizeCredentials } from "./credentials";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: getEnv().AUTH_SECRET,
  logger: {
    // A wrong password is an expected outcome (audited in the database), not a server error to log.
    error(error) {
      // Match on Auth.js's `type`: class names are minified in the production build.
      const isExpected = "type" in error && error.type === "CredentialsSignin";
      if (!isExpected) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
  ],
});
