import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface PageLinksProps {
  total: number;
  limit: number;
  offset: number;
  /** the link to the page starting at `offset` */
  href: (offset: number) => string;
  /** the navigation's accessible name */
  label: string;
}

/** "1–20 di 45" and "Pagina precedente" / "Pagina successiva" under a paged table. */
export function PageLinks({ total, limit, offset, href, label }: PageLinksProps) {
  const { t } = useTranslation('operator');
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  if (total === 0) return null;
  return (
    <nav aria-label={label} className="d-flex flex-wrap align-items-center gap-3 mt-3">
      <span>{t('condizionalita.worklist.range', { from: offset + 1, to: Math.min(total, offset + limit), total })}</span>
      {hasPrevious && (
        <Link className="btn btn-outline-primary btn-sm" to={href(Math.max(0, offset - limit))}>
          {t('condizionalita.worklist.previous')}
        </Link>
      )}
      {hasNext && (
        <Link className="btn btn-outline-primary btn-sm" to={href(offset + limit)}>
          {t('condizionalita.worklist.next')}
        </Link>
      )}
    </nav>
  );
}
