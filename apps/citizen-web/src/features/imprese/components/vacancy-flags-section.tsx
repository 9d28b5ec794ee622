import type { VacancyFlagResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImpreseLabels } from '../imprese-labels';

/**
 * "Requisiti da correggere prima di pubblicare": each requirement of the ad that may be discriminatory, quoted, with
 * where it is (title or description), why, and the law it refers to. Nothing when there are none.
 */
export function VacancyFlagsSection({ flags }: { flags: readonly VacancyFlagResponse[] }) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const headingId = useId();
  if (flags.length === 0) return null;
  return (
    <section className="section-block alert alert-warning imprese-flags" aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        {t('imprese.flags.title')}
      </h2>
      <p>{t('imprese.flags.intro')}</p>
      <ul className="imprese-flags__list">
        {flags.map((flag, i) => (
          <li key={`${flag.code}-${flag.field}-${i}`}>
            <p className="mb-1">
              <strong>{t('imprese.flags.excerpt', { excerpt: flag.excerpt })}</strong>{' '}
              {t('imprese.flags.detail', { field: labels.flagField(flag.field), reason: labels.flagReason(flag) })}
            </p>
            <p className="mb-0 small">{t('imprese.flags.source', { source: flag.source })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
