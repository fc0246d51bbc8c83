import { hasPermission, type Permission, type Role } from "./roles";

/** The signed-in user as every guard sees it (read fresh from the database on each request). */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  language: string;
  /** The server-side session of this request (absent for users built outside a request, e.g. in tests). */
  sessionId?: string;
};

export type AccessDecision = "ok" | "unauthenticated" | "forbidden";

export type AccessRule = {
  /** Any of these roles may pass (all roles when absent). */
  roles?: readonly Role[];
  permission?: Permission;
  /** The agency that owns the record: respondents may only reach their own agency's records. */
  agencyId?: string;
};

/** Pure decision used by pages, actions and route handlers alike. */
export function decideAccess(user: SessionUser | null, rule: AccessRule = {}): AccessDecision {
  if (!user) return "unauthenticated";
  if (rule.roles && !rule.roles.includes(user.role)) return "forbidden";
  if (rule.permission && !hasPermission(user.role, rule.permission)) return "forbidden";
  if (rule.agencyId !== undefined && !canAccessAgency(user, rule.agencyId)) return "forbidden";
  return "ok";
}

/** Coordinators and admins see every agency; a respondent only their own. */
export function canAccessAgency(user: SessionUser, agencyId: string): boolean {
  if (user.role === "COORDINATOR" || user.role === "ADMIN") return true;
  return user.agencyId !== null && user.agencyId === agencyId;
}
