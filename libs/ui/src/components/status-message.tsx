import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A status box (role="status", Bootstrap Italia alert), rendered only while it has something to say, like the
 * "Appuntamento confermato" box of /appuntamenti. With `focus`, focus moves to it when it appears (for when the
 * control the person was using has just gone away, e.g. a form replaced by its result).
 */
export function StatusMessage({ children, focus = false, tone = 'success', className }: { children?: ReactNode; focus?: boolean; tone?: 'success' | 'info'; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = children !== undefined && children !== null && children !== false;
  useEffect(() => {
    if (shown && focus) ref.current?.focus();
  }, [shown, focus]);
  if (!shown) return null;
  return (
    <div ref={ref} role="status" tabIndex={focus ? -1 : undefined} className={['alert', `alert-${tone}`, 'status-message', className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}
