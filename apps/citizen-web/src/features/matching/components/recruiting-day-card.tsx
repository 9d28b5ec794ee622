import type { RecruitingDayResponse } from '@opencpi/contracts';
import { RecruitingSignupBody } from '@opencpi/contracts/browser';
import { checkedValues, DataList, FormCheckboxGroup, FormShell, ProblemAlert, StatusMessage, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useSignUpRecruitingDay } from '../api/use-sign-up-recruiting-day';
import { useMatchingLabels } from '../matching-labels';
import { RecruitingSlots } from './recruiting-slots';

interface SignupValues {
  /** the ticked vacancies (FormCheckboxGroup) */
  vacancyIds: string[];
}
/** `vacancyIds.3` (one id refused) → the group */
const fieldOf = (path: string) => path.replace(/^vacancyIds\.\d+$/, 'vacancyIds');

/** The sign-up form: the vacancies to tick ("Mi interessa: <offerta>") and "Iscriviti a <evento>" (RecruitingSignupBody). */
function SignupForm({ day, onSignedUp }: { day: RecruitingDayResponse; onSignedUp: () => void }) {
  const { t } = useTranslation('citizen');
  const signUp = useSignUpRecruitingDay();
  // the ticked ones, in the event's order
  const toBody = (v: SignupValues): RecruitingSignupBody => {
    const ticked = checkedValues(v.vacancyIds);
    return { vacancyIds: day.vacancies.map((vacancy) => vacancy.id).filter((id) => ticked.includes(id)) };
  };
  const form = useDtoForm<SignupValues, RecruitingSignupBody>({ dto: RecruitingSignupBody, toBody, fieldOf, defaultValues: { vacancyIds: [] }, serverError: signUp.error });
  const messages: FieldMessages = (field, type) => (field === 'vacancyIds' && type === 'arrayMaxSize' ? t('matching.recruitingDays.tooMany') : undefined);

  const submit = (values: SignupValues) => {
    if (signUp.isPending) return;
    signUp.mutate({ recruitingDayId: day.id, vacancyIds: toBody(values).vacancyIds }, { onSuccess: onSignedUp });
  };

  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      {day.vacancies.length > 0 ? (
        <FormCheckboxGroup
          name="vacancyIds"
          inline={false}
          legend={t('matching.recruitingDays.vacancies')}
          hint={t('matching.recruitingDays.vacanciesHint')}
          options={day.vacancies.map((vacancy) => ({ value: vacancy.id, label: t('matching.recruitingDays.interested', { title: vacancy.title }) }))}
        />
      ) : (
        <p>{t('matching.recruitingDays.noVacancies')}</p>
      )}
      {signUp.isError && <ProblemAlert error={signUp.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={signUp.isPending}>
          {signUp.isPending ? t('matching.recruitingDays.signingUp') : t('matching.recruitingDays.signUp', { title: day.title })}
        </button>
      </div>
    </FormShell>
  );
}

/**
 * A recruiting day or job fair: date, mode, place, office; the vacancies to tick and "Iscriviti a <evento>". Once
 * signed up: "Iscrizione registrata." in a status box (focus moves there, the form is gone) and "Sei iscritto/a.".
 */
export function RecruitingDayCard({ day }: { day: RecruitingDayResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const dates = useDates();
  const id = useId();
  const [justSignedUp, setJustSignedUp] = useState(false);
  const signedUp = Boolean(day.signedUp) || justSignedUp;

  return (
    <article className="item-card recruiting-day-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4">
        {day.title}
      </h2>
      <DataList
        stacked
        items={[
          { label: t('matching.recruitingDays.date'), value: dates.day(day.day) },
          { label: t('matching.recruitingDays.mode'), value: labels.dayMode(day.mode) },
          { label: t('matching.recruitingDays.place'), value: day.place },
          { label: t('matching.recruitingDays.office'), value: day.officeName },
        ]}
      />
      <RecruitingSlots day={day} />
      <StatusMessage focus>{justSignedUp ? <p>{t('matching.recruitingDays.done')}</p> : undefined}</StatusMessage>
      {signedUp ? <p className="fw-semibold mb-0">{t('matching.recruitingDays.signedUp')}</p> : <SignupForm day={day} onSignedUp={() => setJustSignedUp(true)} />}
    </article>
  );
}
