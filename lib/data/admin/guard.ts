import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { hasPermission } from "@/lib/auth/roles";

/** Every administration read and write checks this first (the page and the action check too). */
export function isAdmin(user: SessionUser | null): user is SessionUser {
  return user !== null && hasPermission(user.role, "admin:manage");
}
