import type { DeliveredServiceResponse, ServiceCodeResponse } from '@opencpi/contracts';
import type { DeliveredServiceEntity } from '../entities/delivered-service.entity';
import type { ServiceCodeEntity } from '../entities/service-code.entity';

export function toServiceCode(c: ServiceCodeEntity): ServiceCodeResponse {
  return {
    code: c.code,
    labelKey: c.labelKey,
    unit: c.unit,
    ...(c.unitCostCents === null ? {} : { unitCostCents: c.unitCostCents }),
    ...(c.maxDurationMinutes === null ? {} : { maxDurationMinutes: c.maxDurationMinutes }),
    source: c.source,
    verified: c.verified,
  };
}

export function toDeliveredService(s: DeliveredServiceEntity, labelKey: string, agencyName?: string): DeliveredServiceResponse {
  return {
    id: s.id,
    assignmentId: s.assignmentId,
    agencyId: s.agencyId,
    ...(agencyName ? { agencyName } : {}),
    code: s.code,
    labelKey,
    deliveredOn: s.deliveredOn,
    durationMinutes: s.durationMinutes,
    ...(s.notes ? { notes: s.notes } : {}),
    ...(s.evidenceDocumentId ? { evidenceDocumentId: s.evidenceDocumentId } : {}),
    recordedAt: s.recordedAt.toISOString(),
  };
}
