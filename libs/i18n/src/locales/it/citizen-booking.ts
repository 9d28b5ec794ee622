/** Strings of the citizen SPA: the one-live-booking-per-service rule of the agenda (merged into `citizen` under `booking`). */
export const itCitizenBooking = {
  alreadyBooked: 'Hai già un appuntamento per questo servizio il {{date}} alle {{time}}, puoi spostarlo.',
  alreadyBookedNoDate: 'Hai già un appuntamento per questo servizio, puoi spostarlo.',
  goToAppointments: 'Vai ai tuoi appuntamenti per spostarlo',
};
