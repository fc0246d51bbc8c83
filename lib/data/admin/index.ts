// The administration data layer, one verb per file. Server-only: every function checks the ADMIN role.
export { createAgency } from "./create-agency";
export { forcePasswordReset } from "./force-password-reset";
export { getAdminSummary, type AdminSummary } from "./get-admin-summary";
export { getAgency } from "./get-agency";
export { getUser } from "./get-user";
export { inviteUser } from "./invite-user";
export { listAgencies, listAgencyOptions } from "./list-agencies";
export { AUDIT_PAGE_SIZE, listAuditActions, listAuditEvents, type AuditRow } from "./list-audit-events";
export { listUsers } from "./list-users";
export { resendInvitation } from "./resend-invitation";
export { setAgencyActive } from "./set-agency-active";
export { setUserActive } from "./set-user-active";
export { updateAgency } from "./update-agency";
export { updateUser } from "./update-user";
export type { AgencyRow, LinkDelivery, Page, UserRow } from "./types";
