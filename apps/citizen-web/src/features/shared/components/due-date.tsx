import { useTranslation } from 'react-i18next';
import { todayInItaly, useDates } from '../hooks/use-dates';
import type { CitizenKey } from '../citizen-key';
import '../shared.css';

/** Is the calendar date `date` (YYYY-MM-DD or an instant) before today in Italy? */
export function isPast(date: string, today: string = todayInItaly()): boolean {
  return date.slice(0, 10) < today;
}

/**
 * A due date shown as a call to action: "Entro il 3 marzo 2026" while there is time, "Scaduto il 3 marzo 2026"
 * (styled as overdue) once the day has passed. `dueKey` overrides the text of the first case.
 */
export function DueDate({ date, dueKey = 'home.dueBy', today }: { date: string; dueKey?: CitizenKey; today?: string }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const past = isPast(date, today);
  return (
    <time dateTime={date.slice(0, 10)} className={past ? 'app-overdue' : undefined}>
      {past ? t('home.overdue', { date: dates.day(date) }) : t(dueKey, { date: dates.day(date) })}
    </time>
  );
}
