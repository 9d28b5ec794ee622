import type { RecruitingDayResponse } from '@opencpi/contracts';
import { ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBookRecruitingSlot } from '../api/use-book-recruiting-slot';

/** The interview slots of a recruiting day, per vacancy: free ones as buttons, the person's own one named. */
export function RecruitingSlots({ day }: { day: RecruitingDayResponse }) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const book = useBookRecruitingSlot();
  if (day.slots.length === 0) return null;
  const mine = day.slots.filter((s) => s.mine);
  return (
    <section aria-labelledby={`${id}-slots`}>
      <h3 id={`${id}-slots`} className="h5">
        {t('matching.recruitingDays.slotsTitle')}
      </h3>
      <StatusMessage>
        {mine.length > 0 ? (
          <p>{mine.map((s) => t('matching.recruitingDays.mySlot', { time: s.localTime, title: day.vacancies.find((v) => v.id === s.vacancyId)?.title ?? '' })).join(' ')}</p>
        ) : undefined}
      </StatusMessage>
      {book.isError && <ProblemAlert error={book.error} />}
      {day.vacancies.map((vacancy) => {
        const free = day.slots.filter((s) => s.vacancyId === vacancy.id && s.free);
        if (day.slots.every((s) => s.vacancyId !== vacancy.id)) return null;
        return (
          <div key={vacancy.id} className="mb-3">
            <p className="fw-semibold mb-1">{vacancy.title}</p>
            {free.length === 0 ? (
              <p>{t('matching.recruitingDays.noSlots')}</p>
            ) : (
              <ul className="list-inline">
                {free.map((s) => (
                  <li key={s.id} className="list-inline-item mb-2">
                    <button
                      type="button"
                      className="btn btn-outline-primary btn-sm"
                      disabled={book.isPending}
                      aria-label={t('matching.recruitingDays.bookSlot', { time: s.localTime, title: vacancy.title })}
                      onClick={() => book.mutate({ recruitingDayId: day.id, slotId: s.id })}
                    >
                      {s.localTime}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
