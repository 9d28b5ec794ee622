import type { AppointmentChannel, AttendanceOutcome } from '@opencpi/contracts';
import { useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** contracts' CHANNELS, in display order */
export const CHANNELS = ['in_person', 'video', 'phone'] as const satisfies readonly AppointmentChannel[];
/** the outcomes an operator records for a booked appointment (contracts' ATTENDANCE_OUTCOMES: the SPAs take only types from contracts) */
export const ATTENDANCE_OUTCOMES = ['attended', 'absent', 'absent_justified', 'late_cancelled'] as const satisfies readonly AttendanceOutcome[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'attended', 'absent', 'absent_justified', 'late_cancelled'] as const;
const INVITATION_STATUSES = ['sent', 'booked', 'expired', 'escalated', 'cancelled'] as const;
const DELIVERY_CHANNELS = ['email', 'sms', 'io'] as const;
const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isChannel = oneOf<AppointmentChannel>(CHANNELS);
const isAppointmentStatus = oneOf(APPOINTMENT_STATUSES);
const isInvitationStatus = oneOf(INVITATION_STATUSES);
const isDeliveryChannel = oneOf(DELIVERY_CHANNELS);
const isDeliveryStatus = oneOf(DELIVERY_STATUSES);

/** The channels of a service (as sent by the API) that this app knows, in the usual order. */
export const knownChannels = (channels: readonly string[]): AppointmentChannel[] => CHANNELS.filter((c) => channels.includes(c));

/** Labels of the agenda's codes; a code this build does not know is shown as sent. */
export function useAgendaLabels() {
  const { t } = useTranslation('operator');
  const codes = useCodeLabels();
  return {
    channel: codes.appointmentChannel,
    appointmentStatus: (s: string) => (isAppointmentStatus(s) ? t(`agenda.status.${s}`) : s),
    invitationStatus: (s: string) => (isInvitationStatus(s) ? t(`agenda.invitations.sentList.status.${s}`) : s),
    deliveryChannel: (c: string) => (isDeliveryChannel(c) ? t(`agenda.convocation.deliveries.channel.${c}`) : c),
    deliveryStatus: (s: string) => (isDeliveryStatus(s) ? t(`agenda.convocation.deliveries.status.${s}`) : s),
    weekday: (d: Weekday) => t(`agenda.weekday.${d}`),
  };
}
