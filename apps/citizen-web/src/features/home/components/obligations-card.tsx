import { useTranslation } from 'react-i18next';
import { useMyConditionalityCases } from '../../condizionalita/api/use-my-conditionality-cases';
import { useMyObligations } from '../../condizionalita/api/use-my-obligations';
import { conditionalityCasePath, condizionalitaPaths } from '../../condizionalita/condizionalita-paths';
import { useCondizionalitaLabels } from '../../condizionalita/hooks/use-condizionalita-labels';
import { DueDate } from '../../shared/components/due-date';
import { hasBenefitNews, ObligationsBenefits } from './obligations-benefits';
import { StatusCard } from './status-card';

/**
 * Obligations (condizionalità), when the person has cases or benefits: the first case waiting for a justification
 * with its last day ("Scaduto il …" once the window closed, and then no "Presenta la giustificazione"); then the
 * benefits INPS reports (read through the obligations endpoint each time; "cannot be read now" when INPS does not
 * answer) with the one obligation to keep.
 */
export function ObligationsCard() {
  const { t } = useTranslation('citizen');
  const labels = useCondizionalitaLabels();
  const cases = useMyConditionalityCases();
  const obligations = useMyObligations();
  const items = cases.data?.items ?? [];
  // shown when there are cases, benefits, or the news that INPS cannot be read now (never a guess while it loads)
  if (cases.isSuccess && items.length === 0 && !hasBenefitNews(obligations)) return null;
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
      ) : items.length > 0 ? (
        <p>{t('home.obligations.noneOpen')}</p>
      ) : null}
      <ObligationsBenefits query={obligations} />
    </StatusCard>
  );
}
