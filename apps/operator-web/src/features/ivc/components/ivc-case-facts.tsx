import type { IvcCaseResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcDates } from '../hooks/use-ivc-dates';
import { PersonLink } from '../../citizens/components/person-link';

/** "Dati del caso": the person (a link to their dossier), office, qualification and its competences, who guides and assesses. */
export function IvcCaseFacts({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const day = useIvcDates();
  const headingId = useId();
  const competencesId = useId();
  const q = item.qualification;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.case.facts')}</h2>
      <DataList
        items={[
          { label: t('ivc.case.person'), value: <PersonLink citizenId={item.citizenId}>{item.citizenName}</PersonLink> },
          { label: t('ivc.case.fiscalCode'), value: <span className="fiscal-code">{item.citizenFiscalCode}</span> },
          { label: t('ivc.case.office'), value: item.officeName },
          {
            label: t('ivc.case.qualification'),
            value: (
              <>
                {t('ivc.case.qualificationValue', { title: q.title, code: q.code, eqf: q.eqfLevel })}
                {q.sample && <span className="d-block small">{t('ivc.case.sample')}</span>}
              </>
            ),
          },
          { label: t('ivc.case.requestedAt'), value: <time dateTime={item.requestedAt}>{day(item.requestedAt)}</time> },
          { label: t('ivc.case.requestNote'), value: item.requestNote },
          { label: t('ivc.case.state'), value: <strong>{t(`ivc.states.${item.state as 'requested'}`)}</strong> },
          { label: t('ivc.case.guide'), value: item.guideName ?? t('ivc.case.nobody') },
          { label: t('ivc.case.assessor'), value: item.assessorName ?? t('ivc.case.nobody') },
          ...(item.identificationSummary ? [{ label: t('ivc.case.summary'), value: item.identificationSummary }] : []),
        ]}
      />
      <h3 id={competencesId} className="h5">
        {t('ivc.case.competences')}
      </h3>
      <ul aria-labelledby={competencesId}>
        {q.competences.map((c) => (
          <li key={c.id}>
            {c.title} <span className="small">({[c.code, c.adaRef].filter(Boolean).join(' · ')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
