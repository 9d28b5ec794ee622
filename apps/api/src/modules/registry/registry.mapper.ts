import type { AuditEventResponse, CitizenProfileResponse, OfficeResponse } from '@opencpi/contracts';
import type { AuditTrailRow } from '../../platform/audit/audit.service';
import type { CitizenEntity } from './entities/citizen.entity';
import type { OfficeEntity } from './entities/office.entity';

export function toOfficeResponse(o: OfficeEntity): OfficeResponse {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    address: o.address,
    comuneIstat: o.comuneIstat,
    comuneName: o.comuneName,
    province: o.province,
    latitude: Number(o.latitude),
    longitude: Number(o.longitude),
    openingHours: o.openingHours,
    channels: o.channels,
    ...(o.email ? { email: o.email } : {}),
    ...(o.phone ? { phone: o.phone } : {}),
  };
}

const opt = <K extends string, V>(key: K, v: V | null | undefined) => (v === null || v === undefined ? {} : { [key]: v }) as Partial<Record<K, V>>;

export function toCitizenProfile(c: CitizenEntity, office: OfficeEntity | null, comuneName: string | null): CitizenProfileResponse {
  return {
    id: c.id,
    fiscalCode: c.fiscalCode,
    givenName: c.givenName,
    familyName: c.familyName,
    ...opt('birthDate', c.birthDate),
    ...opt('gender', c.gender),
    ...opt('email', c.email),
    ...opt('mobilePhone', c.mobilePhone),
    ...opt('domicileComuneIstat', c.domicileComuneIstat),
    ...opt('domicileComuneName', comuneName),
    ...(office ? { office: toOfficeResponse(office) } : {}),
    ...opt('lastLoginAt', c.lastLoginAt?.toISOString()),
  };
}

/** What other modules may know of a citizen. */
export interface CitizenRef {
  id: string;
  fiscalCode: string;
  officeId: string | null;
  givenName: string;
  familyName: string;
  email: string | null;
  mobilePhone: string | null;
}

/** What other modules may know of a CPI office. */
export interface OfficeRef {
  id: string;
  name: string;
  address: string;
  comuneName: string;
  phone: string | null;
}

/** The citizen as other modules may know them. */
export const toCitizenRef = (c: Pick<CitizenEntity, 'id' | 'fiscalCode' | 'officeId' | 'givenName' | 'familyName' | 'email' | 'mobilePhone'>): CitizenRef => ({
  id: c.id,
  fiscalCode: c.fiscalCode,
  officeId: c.officeId,
  givenName: c.givenName,
  familyName: c.familyName,
  email: c.email,
  mobilePhone: c.mobilePhone,
});

/** One record of a person's access log; `offices`: the names of the actors' offices, by id. */
export function toAuditEvent(r: AuditTrailRow, offices: Map<string, string>): AuditEventResponse {
  const officeName = r.actorOfficeId ? offices.get(r.actorOfficeId) : undefined;
  return {
    id: r.id,
    occurredAt: new Date(r.occurredAt).toISOString(),
    actorFiscalCode: r.actorFiscalCode.trim(),
    ...(r.actorName ? { actorName: r.actorName } : {}),
    actorRole: r.actorRole,
    ...(officeName ? { actorOfficeName: officeName } : {}),
    action: r.action,
    resourceType: r.resourceType,
    ...(r.resourceId ? { resourceId: r.resourceId } : {}),
    outcome: r.outcome,
  };
}
