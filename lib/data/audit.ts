import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/request-id";

export type AuditInput = {
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  details?: Prisma.InputJsonObject;
  ip?: string | null;
};

/**
 * Appends to the audit log. The product never updates or deletes audit events. Pass the transaction
 * client when the event belongs to a change made in a transaction (it is then kept or rolled back with it).
 * Each event is also one JSON log line (`event: "audit"`, with the request id) for the log collector: ids and
 * the action only, never `details`. Inside a transaction the line is written with the row; should the
 * transaction roll back, the request fails and its error line (same request id) follows.
 */
export async function recordAudit(input: AuditInput, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: input.actorId ?? null,
      actorEmail: input.actorEmail ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      // A Json column; left out (database NULL) when there are no details.
      details: input.details,
      ip: input.ip ?? null,
    },
  });
  logger.info(
    { event: "audit", action: input.action, actorId: input.actorId ?? null, entityType: input.entityType ?? null, entityId: input.entityId ?? null, ip: input.ip ?? null, requestId: await currentRequestId() },
    input.action,
  );
}
