import { getFormatter, getTranslations } from "next-intl/server";
import type { StatusEventView } from "@/lib/data/coordinator";

/** Every status change: who, when, from what to what, and the reason given. Oldest first. */
export async function StatusHistory({ events }: { events: StatusEventView[] }) {
  const [t, tc, format] = await Promise.all([getTranslations("coordinator.history"), getTranslations("common"), getFormatter()]);
  return (
    <ol className="space-y-2 text-sm" data-testid="status-history">
      {events.map((event) => (
        <li key={event.id} className="rounded-md border border-slate-200 bg-white px-3 py-2" data-to-status={event.toStatus}>
          <p>
            <span className="font-medium">
              {event.fromStatus
                ? t("transition", { from: tc(`statuses.${event.fromStatus}`), to: tc(`statuses.${event.toStatus}`) })
                : t("created", { to: tc(`statuses.${event.toStatus}`) })}
            </span>{" "}
            <span className="text-slate-600">
              {t("by", { name: event.actorName, date: format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </span>
          </p>
          {event.reason && <p className="mt-1 whitespace-pre-line text-slate-800">{t("reason", { reason: event.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
