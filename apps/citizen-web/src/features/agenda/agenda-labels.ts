import type { AppointmentChannel } from '@opencpi/contracts';
import { TIME_ZONE, localeOf, useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The channels, in the order they are offered (in person first). Kept here: contracts' CHANNELS would pull class-validator in. */
export const CHANNELS = ['in_person', 'video', 'phone'] as const satisfies readonly AppointmentChannel[];
export const isChannel = (value: unknown): value is AppointmentChannel => (CHANNELS as readonly unknown[]).includes(value);

const STATUSES = ['booked', 'cancelled', 'attended', 'absent', 'absent_justified', 'late_cancelled'] as const;
type AppointmentStatus = (typeof STATUSES)[number];
const isStatus = (value: unknown): value is AppointmentStatus => (STATUSES as readonly unknown[]).includes(value);

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), options);
    cache.set(key, f);
  }
  return f;
}

/**
 * A Rome wall-clock date (`YYYY-MM-DD`, e.g. a slot's `localDate`) with the weekday: "lunedì 30 novembre 2026".
 * Built as a UTC date and formatted in UTC, so that no time zone can move it to the day before.
 */
export function formatLongDay(localDate: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!m) return localDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(language, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The Rome calendar date of an instant (RFC 3339), e.g. an invitation's deadline: "30 novembre 2026". */
export function formatInstantDay(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return formatter(language, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** Labels of the agenda values in the current language (channel, appointment status, dates). */
export function useAgendaLabels() {
  const { t, i18n } = useTranslation('citizen');
  const language = i18n.language;
  const codes = useCodeLabels();
  return {
    channel: codes.appointmentChannel,
    status: (status: string): string => (isStatus(status) ? t(`agenda.status.${status}`) : status),
    day: (localDate: string): string => formatLongDay(localDate, language),
    instantDay: (isoInstant: string): string => formatInstantDay(isoInstant, language),
    /** "martedì 1 dicembre 2026, alle 09:00" */
    when: (localDate: string, localTime: string): string => t('agenda.fields.dayAndTime', { day: formatLongDay(localDate, language), time: localTime }),
  };
}
