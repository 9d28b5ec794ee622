import { Link } from 'react-router-dom';

export interface Crumb {
  label: string;
  /** absent on the last crumb: the current page */
  to?: string;
}

/**
 * The breadcrumb of an inner page, in the Designers Italia model (Bootstrap Italia `breadcrumb-container`): every
 * crumb but the last is a link, the last is the current page (`aria-current="page"`). Nothing for fewer than two crumbs.
 */
export function Breadcrumbs({ items, label }: { items: readonly Crumb[]; label: string }) {
  if (items.length < 2) return null;
  return (
    <nav className="breadcrumb-container app-breadcrumbs" aria-label={label}>
      <ol className="breadcrumb p-0 mb-3">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className={last ? 'breadcrumb-item active' : 'breadcrumb-item'} aria-current={last ? 'page' : undefined}>
              {last || !c.to ? c.label : <Link to={c.to}>{c.label}</Link>}
              {!last && (
                <span className="separator" aria-hidden="true">
                  /
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
