import type { Catalogue } from '../../catalogue';
import type { itCitizenBooking } from '../it/citizen-booking';

/** Strings of the citizen SPA: the one-live-booking-per-service rule of the agenda (merged into `citizen` under `booking`). */
export const arCitizenBooking: Catalogue<typeof itCitizenBooking> = {
  alreadyBooked: 'لديك بالفعل موعد لهذه الخدمة يوم {{date}} الساعة {{time}}، يمكنك نقله.',
  alreadyBookedNoDate: 'لديك بالفعل موعد لهذه الخدمة، يمكنك نقله.',
  goToAppointments: 'انتقل إلى مواعيدك لنقله',
};
