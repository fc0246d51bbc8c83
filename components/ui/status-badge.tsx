import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/** One colour per status wherever an assessment's status is shown (respondent, coordinator, admin). */
const TONES: Record<AssessmentStatus, string> = {
  DRAFT: "border-slate-300 bg-slate-50 text-slate-800",
  SUBMITTED: "border-brand-100 bg-brand-50 text-brand-800",
  RETURNED: "border-amber-300 bg-amber-50 text-amber-900",
  APPROVED: "border-green-300 bg-green-50 text-green-900",
};

export function StatusBadge({ status, label }: { status: AssessmentStatus; label: string }) {
  return (
    <span data-testid="status-badge" data-status={status} className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {label}
    </span>
  );
}
