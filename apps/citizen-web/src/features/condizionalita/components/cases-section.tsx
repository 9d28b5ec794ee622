import type { ConditionalityCaseSummaryResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyConditionalityCases } from '../api/use-my-conditionality-cases';
import { conditionalityCasePath } from '../condizionalita-paths';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

function CaseItem({ item }: { item: ConditionalityCaseSummaryResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  const what = labels.breachShort(item.breachCode);
  const date = dates.day(item.occurredOn);
  const toJustify = item.state === 'open';
  return (
    <li className={['case-item', toJustify && item.windowOpen ? 'case-item--action' : ''].filter(Boolean).join(' ')}>
      <p className="case-item__title">
        <Link to={conditionalityCasePath(item.id)} aria-label={t('condizionalita.cases.openLabel', { what, date })}>
          {what} – {date}
        </Link>
      </p>
      <p className="mb-1">
        <span className="text-secondary">{t('condizionalita.cases.state')}:</span> {labels.state(item.state)}
      </p>
      <p className="mb-1">
        <span className="text-secondary">{labels.benefit(item.benefit)}</span>
      </p>
      {toJustify && (
        <p className={item.windowOpen ? 'fw-semibold mb-0' : 'mb-0'}>
          {t('condizionalita.cases.deadline')}:{' '}
          {item.windowOpen ? (
            <time dateTime={item.deadline}>{t('condizionalita.cases.deadlineValue', { date: dates.day(item.deadline) })}</time>
          ) : (
            t('condizionalita.cases.windowClosed')
          )}
        </p>
      )}
    </li>
  );
}

/** "I miei procedimenti": my cases, those waiting for my justification first, with the last day to justify (Rome). */
export function CasesSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const cases = useMyConditionalityCases();
  const items = [...(cases.data?.items ?? [])].sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.deadline.localeCompare(b.deadline));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.cases.title')}</h2>
      <p>{t('condizionalita.cases.intro')}</p>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('condizionalita.cases.none')}</p>
      ) : (
        <ul className="list-unstyled case-list" aria-label={t('condizionalita.cases.caption')}>
          {items.map((item) => (
            <CaseItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
