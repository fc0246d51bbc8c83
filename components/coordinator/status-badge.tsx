import type { AssessmentStatus } from "@/lib/generated/prisma/client";

const TONES: Record<AssessmentStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-brand-50 text-brand-800",
  RETURNED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
};

export function StatusBadge({ status, label }: { status: AssessmentStatus; label: string }) {
  return (
    <span data-status={status} className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {label}
    </span>
  );
}
