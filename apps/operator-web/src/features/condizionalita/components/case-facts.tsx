import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { PersonLink } from '../../citizens/components/person-link';

/** "Il fatto": the person (with a link to their file), office, benefit, what happened and when, the deadline, the state. */
export function CaseFacts({ item }: { item: ConditionalityCaseResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const headingId = useId();
  const deadline = `${f.date(item.deadline) ?? item.deadline} (${t(item.windowOpen ? 'condizionalita.case.facts.windowOpen' : 'condizionalita.case.facts.windowClosed')})`;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.facts.title')}</h2>
      <DataList
        items={[
          {
            label: t('condizionalita.case.facts.person'),
            value: item.citizenId ? <PersonLink citizenId={item.citizenId}>{item.citizenName ?? item.citizenFiscalCode}</PersonLink> : item.citizenName,
          },
          { label: t('condizionalita.case.facts.fiscalCode'), value: item.citizenFiscalCode && <span className="fiscal-code">{item.citizenFiscalCode}</span> },
          { label: t('condizionalita.case.facts.office'), value: item.officeName },
          { label: t('condizionalita.case.facts.benefit'), value: labels.benefit(item.benefit) },
          { label: t('condizionalita.case.facts.benefitId'), value: item.benefitId },
          { label: t('condizionalita.case.facts.breach'), value: labels.breach(item.breachCode) },
          { label: t('condizionalita.case.facts.occurredOn'), value: <time dateTime={item.occurredOn}>{f.date(item.occurredOn)}</time> },
          { label: t('condizionalita.case.facts.deadline'), value: deadline },
          { label: t('condizionalita.case.facts.state'), value: <strong>{labels.state(item.state)}</strong> },
          { label: t('condizionalita.case.facts.source'), value: labels.source(item.sourceType) },
        ]}
      />
    </section>
  );
}
