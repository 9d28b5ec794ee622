import { Loading } from '@opencpi/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface CardAction {
  to: string;
  label: string;
  /** a fuller name for screen readers when the label alone is ambiguous ("Sposta") */
  ariaLabel?: string;
}

/**
 * One card of "La mia situazione": a title, the state as its owner reports it, and the ONE next action as the main
 * link (`secondary`: smaller links next to it, e.g. "Sposta" / "Annulla"). While its owner's query loads, a spinner;
 * on error a short message with "Riprova": the other cards still show.
 */
export function StatusCard({
  title,
  query,
  action,
  secondary = [],
  tone,
  children,
}: {
  title: string;
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'refetch'>;
  action?: CardAction;
  secondary?: readonly CardAction[];
  /** `attention`: something waits for the person (a signature, an overdue action) */
  tone?: 'attention';
  children?: ReactNode;
}) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <li className="col-12 col-md-6 col-xl-4 d-flex">
      <section className={['card', 'card-bg', 'situation-card', tone === 'attention' ? 'situation-card--attention' : ''].filter(Boolean).join(' ')} aria-labelledby={headingId}>
        <div className="card-body">
          <h2 id={headingId} className="h5 card-title">
            {title}
          </h2>
          {query.isPending ? (
            <Loading />
          ) : query.isError ? (
            <p>
              {t('home.loadError')}{' '}
              <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => void query.refetch()}>
                {t('home.retry')}
              </button>
            </p>
          ) : (
            <>
              <div className="situation-card__state">{children}</div>
              {(action || secondary.length > 0) && (
                <p className="situation-card__actions mb-0">
                  {action && (
                    <Link to={action.to} className="btn btn-primary btn-sm" aria-label={action.ariaLabel}>
                      {action.label}
                    </Link>
                  )}
                  {secondary.map((s) => (
                    <Link key={s.to + s.label} to={s.to} className="btn btn-outline-primary btn-sm" aria-label={s.ariaLabel}>
                      {s.label}
                    </Link>
                  ))}
                </p>
              )}
            </>
          )}
        </div>
      </section>
    </li>
  );
}
