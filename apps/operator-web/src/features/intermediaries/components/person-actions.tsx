import { Loading, ProblemAlert } from '@opencpi/ui';
import { useFormatters } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDelegatedActions } from '../api/use-delegated-actions';

/** "Cosa ha fatto il tuo ente" for the person (the person sees the same in "Chi mi assiste"). */
export function PersonActions({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const headingId = useId();
  const actions = useDelegatedActions(citizenId);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.acting.person.actions')}</h2>
      {actions.isPending ? (
        <Loading />
      ) : actions.isError ? (
        <ProblemAlert error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.items.length === 0 ? (
        <p>{t('intermediaries.acting.person.noActions')}</p>
      ) : (
        <ul>
          {actions.data.items.map((a) => (
            <li key={a.id}>
              {t('intermediaries.acting.person.action', {
                when: f.dateTime(a.at),
                what: t(`intermediaries.actionCodes.${a.action as 'did.filed'}`, { defaultValue: a.action }),
                delegateName: a.delegateName,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
