import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ProblemAlert } from './problem-alert';

export interface ConfirmPanelProps {
  /** the question, e.g. "Vuoi davvero revocare la DID?" */
  question: ReactNode;
  /** what will happen or what the other party will see (a preview), under the question */
  children?: ReactNode;
  confirmLabel: string;
  /** the confirm button's text while the request runs */
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** a refused request, shown above the buttons */
  error?: unknown;
  /** `danger` for actions that take something away (revoke), `primary` for sending */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The one inline confirmation of the SPAs, for actions that are hard to undo (revoke, apply, send to many): a group
 * named by its question, the preview, "Sì, …" and "No, …". The question takes the focus when the panel opens, so a
 * screen reader reads it first; Escape cancels. Inline rather than a modal: it works the same on a small phone.
 */
export function ConfirmPanel({ question, children, confirmLabel, busyLabel, cancelLabel, busy, error, tone = 'danger', onConfirm, onCancel }: ConfirmPanelProps) {
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      className="confirm-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="fw-semibold">
        {question}
      </p>
      {children}
      {error ? <ProblemAlert error={error} /> : null}
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className={`btn btn-${tone}`} aria-busy={busy} onClick={() => !busy && onConfirm()}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => !busy && onCancel()}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

export interface ConfirmActionProps extends Omit<ConfirmPanelProps, 'onCancel'> {
  /** the button that opens the confirmation */
  triggerLabel: string;
  /** its accessible name when the visible text is not enough (e.g. "Revoca la delega a …") */
  triggerAriaLabel?: string;
  triggerClassName?: string;
  /** called when the person steps back (e.g. to clear the mutation's error) */
  onCancel?: () => void;
}

/** A button that asks before acting: pressing it opens a {@link ConfirmPanel}; "No" closes it and gives the focus back. */
export function ConfirmAction({ triggerLabel, triggerAriaLabel, triggerClassName = 'btn btn-outline-danger', onCancel, busy, ...panel }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  if (!open)
    return (
      <button ref={trigger} type="button" className={triggerClassName} aria-label={triggerAriaLabel} onClick={() => setOpen(true)}>
        {triggerLabel}
      </button>
    );
  return (
    <ConfirmPanel
      {...panel}
      busy={busy}
      onCancel={() => {
        setOpen(false);
        onCancel?.();
        setTimeout(() => trigger.current?.focus(), 0);
      }}
    />
  );
}
