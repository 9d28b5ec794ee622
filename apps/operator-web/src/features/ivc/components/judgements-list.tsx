import type { IvcCaseResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcDates } from '../hooks/use-ivc-dates';

/** The assessor's judgements as given (read-only), and the commission's exam once recorded. */
export function JudgementsList({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const day = useIvcDates();
  const titleOf = (id: string) => item.qualification.competences.find((c) => c.id === id)?.title ?? id;
  const order = (id: string) => item.qualification.competences.findIndex((c) => c.id === id);
  const judgements = [...item.judgements].sort((a, b) => order(a.competenceId) - order(b.competenceId));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.judgements.listTitle')}</h2>
      {item.judgements.length === 0 ? (
        <p>{t('ivc.judgements.none')}</p>
      ) : (
        <ul className="list-unstyled">
          {judgements.map((j) => (
            <li key={j.competenceId} className="border-bottom py-2">
              <p className="mb-1">
                <strong>{titleOf(j.competenceId)}</strong>: {t(`ivc.judgements.outcomes.${j.outcome as 'validated'}`)} ({t('ivc.judgements.judgedAt', { date: day(j.judgedAt) })})
              </p>
              <p className="mb-0">{j.notes}</p>
            </li>
          ))}
        </ul>
      )}
      {item.exam && (
        <p>
          {t('ivc.exam.recorded', {
            date: day(item.exam.examDate),
            outcome: t(`ivc.exam.outcomes.${item.exam.outcome as 'passed'}`),
            ref: item.exam.commissionRef,
            name: item.exam.recordedByName,
          })}
        </p>
      )}
    </section>
  );
}
