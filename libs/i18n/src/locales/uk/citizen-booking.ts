import type { Catalogue } from '../../catalogue';
import type { itCitizenBooking } from '../it/citizen-booking';

/** Strings of the citizen SPA: the one-live-booking-per-service rule of the agenda (merged into `citizen` under `booking`). */
export const ukCitizenBooking: Catalogue<typeof itCitizenBooking> = {
  alreadyBooked: 'Ви вже маєте зустріч для цієї послуги {{date}} о {{time}}, її можна перенести.',
  alreadyBookedNoDate: 'Ви вже маєте зустріч для цієї послуги, її можна перенести.',
  goToAppointments: 'Перейти до своїх зустрічей, щоб її перенести',
};
