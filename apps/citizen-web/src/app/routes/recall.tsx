import { ApiProblem } from '@opencpi/api-client';
import type { RecallAnswer } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAgendaLabels } from '../../features/agenda/agenda-labels';
import { useAnswerRecall, useRecall } from '../../features/agenda/api/use-recall';
import '../../features/agenda/agenda.css';

/**
 * /presenza/:appointmentId/:signature: public, no login. The "are you coming?" link of the 48-hour message:
 * the appointment and two big buttons; the answer is announced in a status message.
 */
export function RecallRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('agenda.recall.title'));
  const { appointmentId = '', signature = '' } = useParams();
  const recall = useRecall(appointmentId, signature);
  const answer = useAnswerRecall(appointmentId, signature);
  const labels = useAgendaLabels();
  const [given, setGiven] = useState<RecallAnswer | undefined>();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (given && answer.isSuccess) status.current?.focus();
  }, [given, answer.isSuccess]);

  let content;
  if (recall.isPending) {
    content = <Loading />;
  } else if (recall.isError) {
    content =
      recall.error instanceof ApiProblem && ['APPOINTMENT_NOT_FOUND', 'VALIDATION_FAILED', 'ROUTE_NOT_FOUND'].includes(recall.error.code) ? (
        <>
          <p>{t('agenda.recall.invalid')}</p>
          <p>
            <Link to="/appuntamenti">{t('agenda.recall.loginLink')}</Link>
          </p>
        </>
      ) : (
        <ProblemAlert error={recall.error} onRetry={() => void recall.refetch()} />
      );
  } else {
    const { appointment } = recall.data;
    const send = (a: RecallAnswer) => {
      setGiven(a);
      answer.mutate(a);
    };
    const answeredText =
      appointment.recallAnswer === 'coming'
        ? t('agenda.recall.answeredComing')
        : appointment.recallAnswer === 'not_coming'
          ? appointment.convocationId
            ? t('agenda.recall.convocationNotComing')
            : t('agenda.recall.answeredNotComing')
          : undefined;
    content = (
      <>
        <p className="lead">{t('agenda.recall.greeting', { name: recall.data.givenName })}</p>
        <ul className="list-unstyled agenda-invitation-details">
          <li className="fw-semibold">{appointment.serviceName}</li>
          <li>{labels.when(appointment.localDate, appointment.localTime)}</li>
          <li>
            {appointment.officeName} – {labels.channel(appointment.channel)}
          </li>
        </ul>
        <div ref={status} role="status" tabIndex={-1}>
          {answeredText && <p className="alert alert-success">{answeredText}</p>}
        </div>
        {answer.isError && <ProblemAlert error={answer.error} />}
        {recall.data.answerable ? (
          <>
            <p>{t('agenda.recall.question')}</p>
            <div className="d-flex flex-column flex-sm-row gap-3">
              <button type="button" className="btn btn-primary btn-lg" disabled={answer.isPending} onClick={() => send('coming')}>
                {t('agenda.recall.coming')}
              </button>
              <button type="button" className="btn btn-outline-primary btn-lg" disabled={answer.isPending} onClick={() => send('not_coming')}>
                {t('agenda.recall.notComing')}
              </button>
            </div>
            {answer.isPending && <p className="mt-2">{t('agenda.recall.saving')}</p>}
          </>
        ) : (
          !answeredText && <p>{t('agenda.recall.closed')}</p>
        )}
      </>
    );
  }

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('agenda.recall.title')}</h1>
        {content}
      </div>
    </div>
  );
}
