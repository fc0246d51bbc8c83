import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<AssessmentStatus, string> = {
  DRAFT: "border-amber-300 bg-amber-50 text-amber-900",
  SUBMITTED: "border-brand-100 bg-brand-50 text-brand-800",
  RETURNED: "border-red-300 bg-red-50 text-red-900",
  APPROVED: "border-green-300 bg-green-50 text-green-900",
};

export function StatusBadge({ status, label }: { status: AssessmentStatus; label: string }) {
  return (
    <span data-testid="status-badge" className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {label}
    </span>
  );
}

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div>
      <div
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={label}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-600">{label}</p>
    </div>
  );
}
