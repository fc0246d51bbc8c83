import type { DefaultSession } from "next-auth";
import type { Role } from "./roles";

declare module "next-auth" {
  interface User {
    role: Role;
    agencyId: string | null;
    language: string;
    sessionId: string;
  }
  interface Session {
    user: { id: string; role: Role; agencyId: string | null; language: string; sessionId: string } & DefaultSession["user"];
  }
}
