import type { Role } from "@/lib/auth/roles";
import type { Region } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

export type AgencyRow = {
  id: string;
  name: string;
  countryCode: string;
  region: Region;
  language: Locale;
  active: boolean;
  /** Set by the agency: it left the live cohorts / it agreed to be named in regional reports' annex. */
  liveCohortOptOut: boolean;
  studyNamingConsent: boolean;
  userCount: number;
  updatedAt: Date;
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string | null;
  agencyName: string | null;
  language: Locale;
  active: boolean;
  /** Invited but no password set yet. */
  isPending: boolean;
  mustResetPassword: boolean;
  createdAt: Date;
};

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number };

/** What an invitation or a reset gives back: the link only when it was not mailed (no SMTP, or delivery failed). */
export type LinkDelivery = {
  userId: string;
  email: string;
  expiresAt: Date;
  delivery: "sent" | "not-configured" | "failed";
  link: string | null;
};

export const PAGE_SIZE = 25;

export function pageOf<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

export const ADMIN_ERRORS = {
  selfChange: "admin.errors.selfChange",
  emailTaken: "admin.errors.emailTaken",
  agencyInactive: "admin.errors.agencyInactive",
} as const;
