import { useId, useState, type ReactNode } from 'react';
import './collapsible-filters.css';

/**
 * On phones the filters sit behind a toggle button (closed at first), so that the first result is in the first
 * screen; from 768 px up they are always shown and the button is hidden.
 */
export function CollapsibleFilters({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={`collapsible-filters${open ? ' collapsible-filters--open' : ''}`}>
      <button type="button" className="btn btn-outline-primary btn-sm collapsible-filters__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {label}
      </button>
      <div id={panelId} className="collapsible-filters__panel">
        {children}
      </div>
    </div>
  );
}
