import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useActionsForMe } from '../api/use-actions-for-me';

/** "Cosa hanno fatto per te": each action of an intermediary for me, with who did it. */
export function ActionsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const actions = useActionsForMe();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.actions.title')}</h2>
      {actions.isPending ? (
        <Loading />
      ) : actions.isError ? (
        <ProblemAlert error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.items.length === 0 ? (
        <p>{t('intermediaries.actions.none')}</p>
      ) : (
        <ul>
          {actions.data.items.map((a) => (
            <li key={a.id}>
              {t('intermediaries.actions.item', {
                when: dates.dateTime(a.at),
                what: t(`intermediaries.actions.codes.${a.action as 'did.filed'}`, { defaultValue: a.action }),
                delegateName: a.delegateName,
                organisationName: a.organisationName,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
