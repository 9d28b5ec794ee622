import type { CitizenProfileResponse, OfficeResponse } from '@opencpi/contracts';
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
