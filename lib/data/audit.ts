import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Appends to the audit log. The product never updates or deletes audit events. Pass the transaction
 * client when the event belongs to a change made in a transaction (it is then kept or rolled back with it).
 */
export async function recordAudit(input: AuditInput, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditEvent.create({
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
