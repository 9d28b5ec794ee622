import { useTranslation } from 'react-i18next';
import { useMyConditionalityCases } from '../../condizionalita/api/use-my-conditionality-cases';
import { conditionalityCasePath, condizionalitaPaths } from '../../condizionalita/condizionalita-paths';
import { useCondizionalitaLabels } from '../../condizionalita/hooks/use-condizionalita-labels';
import { DueDate } from '../../shared/components/due-date';
import { StatusCard } from './status-card';

/**
 * Obligations (condizionalità), only when the person has cases: the first one waiting for a justification with its
 * last day ("Scaduto il …" once the window closed, and then no "Presenta la giustificazione").
 */
export function ObligationsCard() {
  const { t } = useTranslation('citizen');
  const labels = useCondizionalitaLabels();
  const cases = useMyConditionalityCases();
  const items = cases.data?.items ?? [];
  if (cases.isSuccess && items.length === 0) return null;
  const open = items.filter((c) => c.state === 'open').sort((a, b) => a.deadline.localeCompare(b.deadline));
  const actionable = open.find((c) => c.windowOpen);
  const shown = actionable ?? open[0];
  return (
    <StatusCard
      title={t('home.obligations.title')}
      query={cases}
      tone={actionable ? 'attention' : undefined}
      action={
        actionable
          ? { to: conditionalityCasePath(actionable.id), label: t('home.obligations.justify') }
          : { to: condizionalitaPaths.obligations, label: t('home.obligations.view') }
      }
    >
      {shown ? (
        <>
          <p className="fw-semibold mb-1">{t('home.obligations.toJustify', { what: labels.breachShort(shown.breachCode) })}</p>
          <p>
            <DueDate date={shown.deadline} />
          </p>
        </>
      ) : (
        <p>{t('home.obligations.noneOpen')}</p>
      )}
    </StatusCard>
  );
}
