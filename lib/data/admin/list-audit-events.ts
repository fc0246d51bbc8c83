import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { AuditFilter } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { hasPermission } from "@/lib/auth/roles";
import { pageOf, type Page } from "./types";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  /** The event's details as compact JSON text, for display. */
  details: string | null;
  ip: string | null;
};

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Read-only: the audit log is append-only, and nothing in the product updates or deletes it. */
export async function listAuditEvents(user: SessionUser, filter: AuditFilter): Promise<Result<Page<AuditRow>>> {
  if (!hasPermission(user.role, "audit:view")) return fail("forbidden");
  const createdAt = {
    ...(filter.from ? { gte: dayStart(filter.from) } : {}),
    // The "to" day is included in full (dates are UTC days).
    ...(filter.to ? { lt: new Date(dayStart(filter.to).getTime() + 24 * 3600 * 1000) } : {}),
  };
  const where = {
    ...(filter.action ? { action: { contains: filter.action } } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.entity ? { OR: [{ entityType: { contains: filter.entity } }, { entityId: filter.entity }] } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, actorEmail: true, action: true, entityType: true, entityId: true, details: true, ip: true },
    }),
    db.auditEvent.count({ where }),
  ]);
  const shown = rows.map((row) => ({ ...row, details: row.details === null ? null : JSON.stringify(row.details) }));
  return ok(pageOf(shown, total, filter.page, AUDIT_PAGE_SIZE));
}

/** The distinct actions recorded so far, for the filter's suggestions. */
export async function listAuditActions(user: SessionUser): Promise<string[]> {
  if (!hasPermission(user.role, "audit:view")) return [];
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
