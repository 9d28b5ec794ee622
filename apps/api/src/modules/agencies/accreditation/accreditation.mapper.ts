import type { AccreditationResponse, AgencyClientResponse } from '@opencpi/contracts';
import type { AccreditationEntity } from '../entities/accreditation.entity';
import type { AgencyClientEntity } from '../entities/agency-client.entity';
import { keyIdsOf } from '../auth/public-jwks';
import { accreditationRefusal } from './accreditation-state';

export function toAccreditationResponse(a: AccreditationEntity, today: string): AccreditationResponse {
  return {
    number: a.number,
    status: a.status,
    effective: accreditationRefusal(a, today) === null,
    validFrom: a.validFrom,
    ...(a.validUntil ? { validUntil: a.validUntil } : {}),
    serviceCodes: a.serviceCodes,
    officeIds: a.officeIds,
    areas: a.areas,
    ...(a.reason ? { reason: a.reason } : {}),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export async function toClientResponse(c: AgencyClientEntity): Promise<AgencyClientResponse> {
  return {
    clientId: c.clientId,
    name: c.name,
    scopes: c.scopes,
    keyIds: await keyIdsOf(c.jwks),
    createdAt: c.createdAt.toISOString(),
    ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString() } : {}),
  };
}
