import { useId, type ReactNode } from 'react';

/**
 * A Bootstrap Italia table with a caption, in a horizontally scrollable region that keyboard users can
 * focus and scroll (WCAG 2.1.1) and screen readers announce by the caption.
 */
export function DataTable({ caption, children, className }: { caption: ReactNode; children: ReactNode; className?: string }) {
  const captionId = `${useId()}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={['table', 'app-table', className].filter(Boolean).join(' ')}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
