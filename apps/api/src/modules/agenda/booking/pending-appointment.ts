import { randomUUID } from 'node:crypto';
import type { CitizenRef, OfficeRef } from '../../registry/registry.service';
import type { AppointmentRow, BookingSlot } from '../agenda.repository';

/** The appointment as it will be once booked: the messages are worded from it, and the caller answers with it. */
export function pendingAppointment(slot: BookingSlot & { office: OfficeRef | null }, citizen: CitizenRef, channel: string): AppointmentRow {
  return {
    id: randomUUID(),
    status: 'booked',
    channel,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    serviceCode: slot.serviceCode,
    serviceNameIt: slot.serviceNameIt,
    serviceNameEn: slot.serviceNameEn,
    officeName: slot.office?.name ?? '',
    cancelCutoffHours: slot.cancelCutoffHours,
    citizenId: citizen.id,
    citizenFiscalCode: citizen.fiscalCode,
    citizenName: `${citizen.givenName} ${citizen.familyName}`,
    slotId: slot.id,
    operatorId: slot.operatorId,
    officeId: slot.officeId,
    cancelReason: null,
    convocationId: null,
    officeAddress: slot.office ? `${slot.office.address}, ${slot.office.comuneName}` : '',
    recallAnswer: null,
  };
}
