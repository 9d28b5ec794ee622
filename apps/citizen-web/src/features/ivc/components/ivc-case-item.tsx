import type { CitizenIvcCaseResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { IvcOutputItem } from './ivc-output-item';

/**
 * One request: the qualification, when and where, and its phase in words. "In corso" until the assessor has closed
 * validation (the API never sends an unfinished judgement); the final outcome, the competences validated and the
 * documents issued once it is over.
 */
export function IvcCaseItem({ c }: { c: CitizenIvcCaseResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const outputsId = useId();
  const inProgress = c.phase === 'in_progress';
  const validated = c.qualification.competences.filter((comp) => c.validatedCompetenceIds.includes(comp.id));
  const badgeClass = inProgress ? 'bg-secondary' : c.phase === 'validated' || c.phase === 'certified' ? 'bg-success' : 'bg-danger';
  return (
    <li className="card card-bg mb-3">
      <div className="card-body">
        <h3 className="h5 card-title">
          {c.qualification.title} <span className="small text-nowrap">({c.qualification.code})</span>
        </h3>
        <p className="mb-1">
          <span className={`badge ${badgeClass}`}>{t(`ivc.phases.${c.phase as 'in_progress'}`)}</span>
        </p>
        <p className="mb-1">{inProgress ? t('ivc.list.inProgressText') : t('ivc.list.finalText')}</p>
        <p className="mb-1">
          {t('ivc.list.requestedAt', { date: dates.day(c.requestedAt) })}
          {c.officeName && <> · {t('ivc.list.office', { office: c.officeName })}</>}
        </p>
        {!inProgress && validated.length > 0 && (
          <>
            <p className="fw-semibold mb-1 mt-3">{t('ivc.list.validatedCompetences')}</p>
            <ul>
              {validated.map((comp) => (
                <li key={comp.id}>{comp.title}</li>
              ))}
            </ul>
          </>
        )}
        <h4 id={outputsId} className="h6 mt-3">
          {t('ivc.list.outputs')}
        </h4>
        {c.outputs.length === 0 ? (
          <p className="mb-0">{t('ivc.list.noOutputs')}</p>
        ) : (
          <ul className="list-unstyled mb-0" aria-labelledby={outputsId}>
            {c.outputs.map((o) => (
              <IvcOutputItem key={o.id} output={o} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
