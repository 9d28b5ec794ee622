import type { Catalogue } from '../../catalogue';
import type { itCitizenBooking } from '../it/citizen-booking';

/** Strings of the citizen SPA: the one-live-booking-per-service rule of the agenda (merged into `citizen` under `booking`). */
export const roCitizenBooking: Catalogue<typeof itCitizenBooking> = {
  alreadyBooked: 'Ai deja o programare pentru acest serviciu pe {{date}} la ora {{time}}, o poți muta.',
  alreadyBookedNoDate: 'Ai deja o programare pentru acest serviciu, o poți muta.',
  goToAppointments: 'Mergi la programările tale ca să o muți',
};
