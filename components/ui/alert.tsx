type Tone = "error" | "info" | "success" | "warning";

const TONES: Record<Tone, string> = {
  error: "border-red-300 bg-red-50 text-red-900",
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
};

export function Alert({ tone = "info", children }: { tone?: Tone; children: React.ReactNode }) {
  // Errors interrupt screen readers; other notices wait their turn.
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}>
      {children}
    </div>
  );
}
