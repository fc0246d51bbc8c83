import { db } from "@/lib/db";

export type AuditInput = {
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends to the audit log. The product never updates or deletes audit events. */
export async function recordAudit(input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: input.actorId ?? null,
      actorEmail: input.actorEmail ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
      ip: input.ip ?? null,
    },
  });
}
