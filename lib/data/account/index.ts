// The signed-in user's own account and the public one-time links. Server-only.
export { changePassword } from "./change-password";
export { getLinkState } from "./get-link-state";
export { LINK_ERRORS, setPasswordWithToken } from "./set-password-with-token";
export { isSelfServiceResetAvailable, requestPasswordReset, type ResetRequestOutcome } from "./request-password-reset";
