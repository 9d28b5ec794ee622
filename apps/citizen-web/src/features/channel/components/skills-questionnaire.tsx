import { ProblemAlert, RadioGroup } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitSkillsAssessment } from '../api/use-submit-skills-assessment';
import { SKILLS_QUESTIONS, type SkillsQuestion, type SkillsQuestionId } from '../channel-options';

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
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const answerLabel = useAnswerLabel();
  const submitAssessment = useSubmitSkillsAssessment();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Partial<Record<SkillsQuestionId, string>>>({});
  const [error, setError] = useState<string | undefined>();
  const moved = useRef(false);

  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    fieldset.current?.focus();
  }, [step]);

  const total = SKILLS_QUESTIONS.length;
  const question = SKILLS_QUESTIONS[Math.min(step, total - 1)] as SkillsQuestion;
  const last = step === total - 1;

  const goTo = (next: number) => {
    moved.current = true;
    setError(undefined);
    setStep(next);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (submitAssessment.isPending) return;
    if (!answers[question.id]) {
      setError(t('channel.questionnaire.required'));
      fieldset.current?.focus();
      return;
    }
    if (!last) {
      goTo(step + 1);
      return;
    }
    const body = SKILLS_QUESTIONS.flatMap((q) => {
      const answer = answers[q.id];
      return answer ? [{ questionId: q.id, answer }] : [];
    });
    submitAssessment.mutate(body, { onSuccess: () => onAdvised() });
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('channel.questionnaire.title')}
      </h2>
      <p>{t('channel.questionnaire.skip')}</p>
      <form className="skills-questionnaire" onSubmit={submit} noValidate>
        <p className="skills-questionnaire__progress fw-semibold">{t('channel.questionnaire.progress', { n: step + 1, total })}</p>
        <RadioGroup
          key={question.id}
          ref={fieldset}
          legend={<span className="skills-questionnaire__question">{t(`channel.questions.${question.id}.question`)}</span>}
          options={question.answers.map((answer) => ({ value: answer as string, label: answerLabel(question, answer) }))}
          value={answers[question.id]}
          onChange={(answer) => {
            setAnswers((previous) => ({ ...previous, [question.id]: answer }));
            setError(undefined);
          }}
          error={error}
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
      </form>
    </section>
  );
}
