import type { RecruitingDayResponse } from '@opencpi/contracts';
import { CheckboxField, DataList, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useSignUpRecruitingDay } from '../api/use-sign-up-recruiting-day';
import { useMatchingLabels } from '../matching-labels';
import { RecruitingSlots } from './recruiting-slots';

/**
 * A recruiting day or job fair: date, mode, place, office; the vacancies to tick ("Mi interessa: <offerta>") and
 * "Iscriviti a <evento>". Once signed up: "Iscrizione registrata." in a status box (focus moves there, the form is
 * gone) and "Sei iscritto/a.".
 */
export function RecruitingDayCard({ day }: { day: RecruitingDayResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const dates = useDates();
  const id = useId();
  const signUp = useSignUpRecruitingDay();
  const [chosen, setChosen] = useState<string[]>([]);
  const [justSignedUp, setJustSignedUp] = useState(false);
  const signedUp = Boolean(day.signedUp) || justSignedUp;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (signUp.isPending) return;
    signUp.mutate({ recruitingDayId: day.id, vacancyIds: day.vacancies.map((v) => v.id).filter((v) => chosen.includes(v)) }, { onSuccess: () => setJustSignedUp(true) });
  };

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
      {signedUp ? (
        <p className="fw-semibold mb-0">{t('matching.recruitingDays.signedUp')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {day.vacancies.length > 0 ? (
            <fieldset className="form-fieldset" aria-describedby={`${id}-hint`}>
              <legend>{t('matching.recruitingDays.vacancies')}</legend>
              <p id={`${id}-hint`} className="text-field__hint form-text">
                {t('matching.recruitingDays.vacanciesHint')}
              </p>
              <div className="choice-list">
                {day.vacancies.map((vacancy) => (
                  <CheckboxField
                    key={vacancy.id}
                    label={t('matching.recruitingDays.interested', { title: vacancy.title })}
                    value={vacancy.id}
                    checked={chosen.includes(vacancy.id)}
                    onChange={(e) => {
                      const checked = e.target.checked;
                      setChosen((list) => (checked ? [...list, vacancy.id] : list.filter((v) => v !== vacancy.id)));
                    }}
                  />
                ))}
              </div>
            </fieldset>
          ) : (
            <p>{t('matching.recruitingDays.noVacancies')}</p>
          )}
          {signUp.isError && <ProblemAlert error={signUp.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={signUp.isPending}>
              {signUp.isPending ? t('matching.recruitingDays.signingUp') : t('matching.recruitingDays.signUp', { title: day.title })}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
