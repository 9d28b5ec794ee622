import { documentContentUrl } from '@opencpi/api-client';
import type { JustificationResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

/** "Giustificazione della persona": the reason, the text, when, and each document (opened from the person's reserved area). */
export function CaseJustification({ justification, citizenId }: { justification: JustificationResponse | undefined; citizenId: string | undefined }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.justification.title')}</h2>
      {!justification ? (
        <p>{t('condizionalita.case.justification.none')}</p>
      ) : (
        <DataList
          items={[
            { label: t('condizionalita.case.justification.reason'), value: labels.reason(justification.reasonCode) },
            { label: t('condizionalita.case.justification.text'), value: <span className="pre-line">{justification.text}</span> },
            { label: t('condizionalita.case.justification.submittedAt'), value: f.dateTime(justification.submittedAt) },
            {
              label: t('condizionalita.case.justification.documents'),
              value:
                justification.documents.length === 0 ? (
                  t('condizionalita.case.justification.noDocuments')
                ) : (
                  <ul className="list-unstyled mb-0">
                    {justification.documents.map((d) => (
                      <li key={d.id}>
                        {citizenId ? (
                          <a
                            href={documentContentUrl(d.id, citizenId)}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label={t('condizionalita.case.justification.open', { fileName: d.fileName })}
                          >
                            {d.fileName}
                          </a>
                        ) : (
                          d.fileName
                        )}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
