/** Roles and what each may do. The one table every guard reads. */
import type { Role } from "@/lib/enums";

export { ROLES } from "@/lib/enums";
export type { Role };

export const PERMISSIONS = {
  "assessment:fill": ["RESPONDENT"],
  "assessment:review": ["COORDINATOR", "ADMIN"],
  "assessment:view-all": ["COORDINATOR", "ADMIN"],
  "dataset:import": ["COORDINATOR", "ADMIN"],
  "export:all": ["COORDINATOR", "ADMIN"],
  "admin:manage": ["ADMIN"],
  "audit:view": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export const HOME_BY_ROLE = {
  RESPONDENT: "/assessments",
  COORDINATOR: "/coordinator",
  ADMIN: "/admin",
} as const satisfies Record<Role, string>;
