import type { Catalogue } from '../../catalogue';
import type { itCitizenBooking } from '../it/citizen-booking';

/** Strings of the citizen SPA: the one-live-booking-per-service rule of the agenda (merged into `citizen` under `booking`). */
export const enCitizenBooking: Catalogue<typeof itCitizenBooking> = {
  alreadyBooked: 'You already have an appointment for this service on {{date}} at {{time}}, you can move it.',
  alreadyBookedNoDate: 'You already have an appointment for this service, you can move it.',
  goToAppointments: 'Go to your appointments to move it',
};
