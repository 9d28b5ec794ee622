import type { AppointmentResponse, PublicInvitationResponse, SlotResponse } from '@opencpi/contracts';

/** A free slot of the tests (ids are UUID v4, as the booking DTOs want). */
export function slot(id: string, localDate: string, localTime: string, over: Partial<SlotResponse> = {}): SlotResponse {
  return {
    id,
    officeId: '0b6c3f3e-2f43-4a55-9c1e-5a4c2f0d9e01',
    officeName: "Centro per l'Impiego di Torino",
    operatorId: '7d1f0c2a-9b3e-4c8d-8e2f-1a2b3c4d5e6f',
    startsAt: `${localDate}T${localTime}:00+01:00`,
    endsAt: `${localDate}T${localTime}:30+01:00`,
    localDate,
    localTime,
    channels: ['in_person', 'phone'],
    seatsLeft: 1,
    ...over,
  };
}

export const SLOT_A = slot('3f0c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b', '2026-12-09', '09:00');
export const SLOT_B = slot('5a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', '2026-12-10', '10:30');

/** An invitation link's token, of the shape InvitationTokenParam wants. */
export const TOKEN = 'ab12cd34.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

export const INVITATION: PublicInvitationResponse = {
  givenName: 'Fatima',
  serviceType: 'accoglienza',
  serviceName: 'Prima accoglienza e informazioni',
  officeName: SLOT_A.officeName,
  status: 'sent',
  expiresAt: '2026-12-20T22:59:59Z',
  slots: [SLOT_A],
};

/** A booked appointment at SLOT_A's office, in person. */
export const APPOINTMENT: AppointmentResponse = {
  id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  status: 'booked',
  serviceType: 'accoglienza',
  serviceName: 'Prima accoglienza e informazioni',
  officeName: SLOT_A.officeName,
  startsAt: SLOT_A.startsAt,
  endsAt: SLOT_A.endsAt,
  localDate: SLOT_A.localDate,
  localTime: SLOT_A.localTime,
  channel: 'in_person',
  changeable: true,
};
