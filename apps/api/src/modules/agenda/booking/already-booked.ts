import { ErrorCode } from '@opencpi/contracts';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../../platform/time/rome-time';
import type { AgendaRepository } from '../agenda.repository';

/**
 * SERVICE_ALREADY_BOOKED, naming the person's live booking of the service that refused a new one (read outside the
 * failed transaction): its id, start and Rome date and time, as problem extensions the SPAs word.
 */
export async function alreadyBooked(repo: AgendaRepository, citizenId: string, serviceCode: string): Promise<DomainError> {
  const existing = await repo.liveAppointmentOf(citizenId, serviceCode);
  const local = existing ? romeParts(new Date(existing.startsAt)) : undefined;
  return new DomainError(
    ErrorCode.SERVICE_ALREADY_BOOKED,
    'You already have an appointment for this service: move it instead of booking another one',
    [{ pointer: '/slotId', detail: 'one live booking per service and person', constraint: 'oneLivePerService' }],
    undefined,
    existing && local
      ? { existingAppointmentId: existing.id, existingStartsAt: new Date(existing.startsAt).toISOString(), existingLocalDate: local.date, existingLocalTime: local.time }
      : undefined,
  );
}
