import { ApiProblem } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSurvey } from '../../features/surveys/api/use-survey';
import { SurveyAnswer } from '../../features/surveys/components/survey-answer';
import { SurveyForm } from '../../features/surveys/components/survey-form';
import { useDates } from '../../features/shared/hooks/use-dates';
import { serviceNameIn } from '../../features/surveys/survey-texts';

/** Answers meaning that this link cannot be used (or never could): not a failure to retry. */
const INVALID_LINK_CODES: readonly string[] = ['SURVEY_NOT_FOUND', 'VALIDATION_FAILED', 'ROUTE_NOT_FOUND'];
const isInvalidLink = (error: unknown) => error instanceof ApiProblem && INVALID_LINK_CODES.includes(error.code);

/**
 * /valuta/:token: public, no login (the link of the survey message, and of "Valuta il servizio"). Mobile-first: the
 * service, the rating 1–5 and a few optional questions; once answered, the answer with the button that withdraws the
 * comment; a forged or unknown link says only that it is not valid.
 */
export function SurveyRoute() {
  const { t, i18n } = useTranslation('citizen');
  useDocumentTitle(t('surveys.page.title'));
  const { token = '' } = useParams();
  const survey = useSurvey(token);
  const dates = useDates();
  const [answeredHere, setAnsweredHere] = useState(false);

  let content;
  if (survey.isPending) {
    content = <Loading />;
  } else if (survey.isError) {
    content = isInvalidLink(survey.error) ? <InvalidLink /> : <ProblemAlert error={survey.error} onRetry={() => void survey.refetch()} />;
  } else {
    const data = survey.data;
    content = (
      <>
        <ul className="list-unstyled">
          <li>{t('surveys.page.service', { name: serviceNameIn(data, i18n.language) })}</li>
          <li>{t('surveys.page.office', { name: data.officeName })}</li>
          <li>{t('surveys.page.date', { date: dates.day(data.serviceDate) })}</li>
        </ul>
        {data.status === 'open' && (
          <>
            <p>{t('surveys.page.optional')}</p>
            <SurveyForm token={token} survey={data} onAnswered={() => setAnsweredHere(true)} />
          </>
        )}
        {data.answer && <SurveyAnswer token={token} answer={data.answer} already={!answeredHere} focusOnMount={answeredHere} />}
        {data.status === 'expired' && <p className="alert alert-info">{t('surveys.invalid.expired')}</p>}
      </>
    );
  }

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('surveys.page.title')}</h1>
        {content}
      </div>
    </div>
  );
}

function InvalidLink() {
  const { t } = useTranslation('citizen');
  return (
    <div className="alert alert-warning" role="alert">
      <h2 className="h4">{t('surveys.invalid.title')}</h2>
      <p className="mb-0">{t('surveys.invalid.body')}</p>
    </div>
  );
}
