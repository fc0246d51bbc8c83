import type { Role } from "@/lib/auth/roles";
import type { Region } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { AgencyRow, UserRow } from "./types";

export function toLocale(language: string) {
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export function toAgencyRow(agency: {
  id: string;
  name: string;
  countryCode: string;
  region: Region;
  language: string;
  active: boolean;
  liveCohortOptOut: boolean;
  studyNamingConsent: boolean;
  updatedAt: Date;
  _count?: { users: number };
}): AgencyRow {
  return {
    id: agency.id,
    name: agency.name,
    countryCode: agency.countryCode,
    region: agency.region,
    language: toLocale(agency.language),
    active: agency.active,
    liveCohortOptOut: agency.liveCohortOptOut,
    studyNamingConsent: agency.studyNamingConsent,
    userCount: agency._count?.users ?? 0,
    updatedAt: agency.updatedAt,
  };
}

export function toUserRow(user: {
  id: string;
  email: string;
  name: string;
  role: string;
  agencyId: string | null;
  agency: { name: string } | null;
  language: string;
  active: boolean;
  passwordHash: string | null;
  mustResetPassword: boolean;
  createdAt: Date;
}): UserRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
    language: toLocale(user.language),
    active: user.active,
    isPending: user.passwordHash === null && !user.mustResetPassword,
    mustResetPassword: user.mustResetPassword,
    createdAt: user.createdAt,
  };
}

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  agencyId: true,
  agency: { select: { name: true } },
  language: true,
  active: true,
  passwordHash: true,
  mustResetPassword: true,
  createdAt: true,
} as const;
