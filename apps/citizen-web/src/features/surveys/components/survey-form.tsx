import type { PublicSurveyResponse } from '@opencpi/contracts';
import { AnswerSurveyBody, SURVEY_COMMENT_MAX } from '@opencpi/contracts/browser';
import { FormRadioGroup, FormShell, FormTextareaField, ProblemAlert, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAnswerSurvey } from '../api/use-answer-survey';
import { questionTextIn } from '../survey-texts';

const LEVELS = ['1', '2', '3', '4', '5'] as const;
type Level = (typeof LEVELS)[number];

interface SurveyValues {
  rating: Level | '';
  q: Record<string, Level | ''>;
  comment: string;
}

const toBody = (v: SurveyValues): AnswerSurveyBody => {
  const answers = Object.entries(v.q ?? {}).flatMap(([code, value]) => (value ? [{ code, value: Number(value) }] : []));
  return { rating: Number(v.rating), ...(answers.length ? { answers } : {}), ...(v.comment.trim() ? { comment: v.comment.trim() } : {}) };
};

/**
 * The survey's form: the overall rating (required to send, an accessible radio group 1–5 with words), the service's
 * two or three questions (optional, same scale) and an optional comment. Never required as a whole: the person may
 * simply leave.
 */
export function SurveyForm({ token, survey, onAnswered }: { token: string; survey: PublicSurveyResponse; onAnswered: () => void }) {
  const { t, i18n } = useTranslation('citizen');
  const answer = useAnswerSurvey(token);
  const defaults = (): SurveyValues => ({ rating: '', q: Object.fromEntries(survey.questions.map((q) => [q.code, ''])), comment: '' });
  const { form, submit } = useMutationForm({ dto: AnswerSurveyBody, toBody, defaults, mutation: answer, reset: false, onSaved: onAnswered });
  const options = LEVELS.map((l) => ({ value: l, label: t(`surveys.rating.levels.${l}`) }));
  const messages: FieldMessages = (field, type) => {
    if (field === 'rating') return t('surveys.rating.required');
    if (field === 'comment' && type !== 'server') return t('surveys.form.commentTooLong');
    return undefined;
  };

  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      <FormRadioGroup<Level> name="rating" legend={t('surveys.rating.legend')} options={options} />
      {survey.questions.length > 0 && <h2 className="h4 mt-4">{t('surveys.form.questions')}</h2>}
      {survey.questions.map((q) => (
        <FormRadioGroup<Level> key={q.code} name={`q.${q.code}`} legend={questionTextIn(q, i18n.language)} options={options} inline />
      ))}
      <FormTextareaField name="comment" label={t('surveys.form.comment')} hint={t('surveys.form.commentHint')} maxLength={SURVEY_COMMENT_MAX} rows={4} />
      {answer.isError && <ProblemAlert error={answer.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={answer.isPending}>
          {answer.isPending ? t('surveys.form.submitting') : t('surveys.form.submit')}
        </button>
      </div>
    </FormShell>
  );
}
