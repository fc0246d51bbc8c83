"use client";

import { useEffect, useId, useRef } from "react";

type Props = { open: boolean; title: string; onClose?: () => void; children?: React.ReactNode; testId?: string };

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind inert and closes it
 * on Escape (which calls `onClose`). Its title names it for screen readers. Focus goes to the field marked
 * `data-autofocus` when there is one: React's `autoFocus` runs before the dialog is shown, so it is lost.
 */
export function ModalDialog({ open, title, onClose, children, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
