import { removeIvcEvidence } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcCaseStep } from '../api/use-ivc-case-step';
import { useIvcDates } from '../hooks/use-ivc-dates';
import { AddEvidenceForm } from './add-evidence-form';

/** "Dossier delle prove": experiences, documents and notes, the competences each supports; the guiding operator adds and removes them. */
export function EvidenceSection({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const day = useIvcDates();
  const remove = useIvcCaseStep(item.id, removeIvcEvidence);
  const editable = item.actions.includes('add_evidence');
  const titleOf = (id: string) => item.qualification.competences.find((c) => c.id === id)?.title ?? id;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.evidence.title')}</h2>
      <StatusMessage>{remove.isSuccess ? <p className="mb-0">{t('ivc.evidence.removed')}</p> : undefined}</StatusMessage>
      {remove.isError && <ProblemAlert error={remove.error} />}
      {item.evidence.length === 0 ? (
        <p>{t('ivc.evidence.empty')}</p>
      ) : (
        <ul className="list-unstyled">
          {item.evidence.map((e) => (
            <li key={e.id} className="border-bottom py-2">
              <p className="mb-1">
                <strong>{t(`ivc.evidence.kinds.${e.kind as 'note'}`)}</strong>: {e.label}
              </p>
              {e.text && e.text !== e.label && <p className="mb-1">{e.text}</p>}
              {e.competenceIds.length > 0 && <p className="mb-1 small">{t('ivc.evidence.supports', { list: e.competenceIds.map(titleOf).join('; ') })}</p>}
              <p className="mb-1 small">{t('ivc.evidence.addedBy', { name: e.addedByName, date: day(e.addedAt) })}</p>
              {editable && (
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0"
                  aria-label={t('ivc.evidence.removeOf', { label: e.label })}
                  aria-busy={remove.isPending}
                  onClick={() => !remove.isPending && remove.mutate(e.id)}
                >
                  {t('ivc.evidence.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddEvidenceForm item={item} />}
    </section>
  );
}
