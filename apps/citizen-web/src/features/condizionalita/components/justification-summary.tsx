import { documentContentUrl } from '@opencpi/api-client';
import type { JustificationResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDossierLabels } from '../../dossier/dossier-labels';
import { useDates } from '../../shared/hooks/use-dates';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

/** "La tua giustificazione": the reason, the text, when it was sent and the documents (each opens from the reserved area). */
export function JustificationSummary({ justification }: { justification: JustificationResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = useCondizionalitaLabels();
  const dossier = useDossierLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.submitted.title')}</h2>
      <DataList
        items={[
          { label: t('condizionalita.submitted.reason'), value: labels.reason(justification.reasonCode) },
          { label: t('condizionalita.submitted.text'), value: <span className="text-prewrap">{justification.text}</span> },
          { label: t('condizionalita.submitted.submittedAt'), value: dates.dateTime(justification.submittedAt) },
          {
            label: t('condizionalita.submitted.documents'),
            value:
              justification.documents.length === 0 ? (
                t('condizionalita.submitted.noDocuments')
              ) : (
                <ul className="list-unstyled mb-0">
                  {justification.documents.map((d) => (
                    <li key={d.id}>
                      <a href={documentContentUrl(d.id)} target="_blank" rel="noopener noreferrer" aria-label={t('condizionalita.submitted.open', { fileName: d.fileName })}>
                        {d.fileName}
                      </a>{' '}
                      <span className="text-secondary">({dossier.size(d.sizeBytes)})</span>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </section>
  );
}
