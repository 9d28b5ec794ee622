import { SubmitSkillsAssessmentBody } from '@opencpi/contracts/browser';
import { dtoResolver, FormRadioGroup, FormShell, ProblemAlert, useServerErrors, type FieldMessages } from '@opencpi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSubmitSkillsAssessment } from '../api/use-submit-skills-assessment';
import { SKILLS_QUESTIONS, type SkillsQuestion, type SkillsQuestionId } from '../channel-options';

type Answers = Record<SkillsQuestionId, string>;
const NO_ANSWERS = Object.fromEntries(SKILLS_QUESTIONS.map((q) => [q.id, ''])) as Answers;

/** The body: the answers given, in the questions' order. */
const toBody = (answers: Answers): SubmitSkillsAssessmentBody => ({
  answers: SKILLS_QUESTIONS.flatMap((q) => (answers[q.id] ? [{ questionId: q.id, answer: answers[q.id] }] : [])),
});
/** `answers.2.answer` → the question it answers (all are answered when the body is sent). */
const fieldOf = (path: string): string => {
  const index = /^answers\.(\d+)/.exec(path)?.[1];
  return index !== undefined ? (SKILLS_QUESTIONS[Number(index)]?.id ?? path) : path;
};
const bodyResolver = dtoResolver<Answers, SubmitSkillsAssessmentBody>(SubmitSkillsAssessmentBody, toBody, fieldOf);
/** The question on screen (the resolver's context) must be answered before going on; then SubmitSkillsAssessmentBody's checks. */
const resolver: Resolver<Answers, SkillsQuestionId> = (values, question, options) =>
  question && !values[question] ? { values: {}, errors: { [question]: { type: 'required', message: '' } } } : bodyResolver(values, question, options);

/** The answer labels of one question: the device question has its own, the others "No, mai" / "Sì, con aiuto" / "Sì, da solo/a". */
function useAnswerLabel() {
  const { t } = useTranslation('citizen');
  return (question: SkillsQuestion, answer: string): string => {
    if (question.id === 'device') {
      return t(`channel.questions.device.answers.${answer as (typeof SKILLS_QUESTIONS)[0]['answers'][number]}`);
    }
    return t(`channel.answers.${answer as (typeof SKILLS_QUESTIONS)[1]['answers'][number]}`);
  };
}

/**
 * The digital-skills self-assessment, one question per screen: "Domanda N di 6", the question as the legend of its
 * radios, "Indietro" and "Avanti"; the last "Avanti" is "Vedi il consiglio" and sends all the answers at once.
 * Moving between questions puts focus on the new question, so that screen readers read it.
 */
export function SkillsQuestionnaire({ onAdvised, autoFocus = false }: { onAdvised: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const answerLabel = useAnswerLabel();
  const submitAssessment = useSubmitSkillsAssessment();
  const [step, setStep] = useState(0);
  const total = SKILLS_QUESTIONS.length;
  const question = SKILLS_QUESTIONS[Math.min(step, total - 1)] as SkillsQuestion;
  const last = step === total - 1;
  const form = useForm<Answers, SkillsQuestionId>({ resolver, context: question.id, defaultValues: NO_ANSWERS });
  useServerErrors(form, submitAssessment.error, fieldOf);
  const moved = useRef(false);
  const messages: FieldMessages = (_field, type) => (type === 'required' ? t('channel.questionnaire.required') : undefined);
  const { setFocus, clearErrors } = form;

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    setFocus(question.id);
  }, [step, question.id, setFocus]);
  // the API refused an answer: back to its question
  const refused = SKILLS_QUESTIONS.findIndex((q) => form.formState.errors[q.id]?.type && form.formState.errors[q.id]?.type !== 'required');
  useEffect(() => {
    if (submitAssessment.isError && refused >= 0 && refused !== step) {
      moved.current = true;
      setStep(refused);
    }
  }, [submitAssessment.isError, refused, step]);

  const goTo = (next: number) => {
    moved.current = true;
    clearErrors();
    setStep(next);
  };

  const submit = (answers: Answers) => {
    if (submitAssessment.isPending) return;
    if (!last) {
      goTo(step + 1);
      return;
    }
    submitAssessment.mutate(toBody(answers).answers, { onSuccess: () => onAdvised() });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('channel.questionnaire.title')}
      </h2>
      <p>{t('channel.questionnaire.skip')}</p>
      <FormShell form={form} messages={messages} onValid={submit} className="skills-questionnaire">
        <p className="skills-questionnaire__progress fw-semibold">{t('channel.questionnaire.progress', { n: step + 1, total })}</p>
        <FormRadioGroup
          key={question.id}
          name={question.id}
          legend={<span className="skills-questionnaire__question">{t(`channel.questions.${question.id}.question`)}</span>}
          options={question.answers.map((answer) => ({ value: answer as string, label: answerLabel(question, answer) }))}
        />
        {submitAssessment.isError && <ProblemAlert error={submitAssessment.error} />}
        <div className="form-actions">
          {step > 0 && (
            <button type="button" className="btn btn-outline-primary" onClick={() => goTo(step - 1)}>
              {t('channel.questionnaire.back')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" aria-busy={submitAssessment.isPending}>
            {last ? (submitAssessment.isPending ? t('channel.questionnaire.submitting') : t('channel.questionnaire.submit')) : t('channel.questionnaire.next')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
