import type { ContactRequestResponse, ReceivedContactRequestResponse } from '@opencpi/contracts';
import type { CitizenRef } from '../../registry/registry.service';
import type { ContactRequestRow } from './contact-requests.repository';

/** The company's view: the person's name and contacts only once they accepted. */
export function toCompanyContactRequest(r: ContactRequestRow, person: CitizenRef | undefined): ContactRequestResponse {
  const named = r.status === 'accepted' && person;
  return {
    id: r.id,
    vacancyId: r.vacancyId,
    vacancyTitle: r.vacancyTitle,
    channel: r.channel,
    status: r.status,
    ...(r.message ? { message: r.message } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
    ...(r.answeredAt ? { answeredAt: new Date(r.answeredAt).toISOString() } : {}),
    ...(named ? { displayName: `${person.givenName} ${person.familyName}` } : {}),
    ...(named && person.email ? { email: person.email } : {}),
    ...(named && person.mobilePhone ? { mobilePhone: person.mobilePhone } : {}),
  };
}

/** The person's (and the forwarding CPI's) view: who asks, for which vacancy. */
export function toReceivedContactRequest(r: ContactRequestRow, companyName: string, person?: CitizenRef): ReceivedContactRequestResponse {
  return {
    id: r.id,
    companyName,
    vacancyId: r.vacancyId,
    vacancyTitle: r.vacancyTitle,
    channel: r.channel,
    status: r.status,
    ...(r.message ? { message: r.message } : {}),
    createdAt: new Date(r.createdAt).toISOString(),
    ...(r.answeredAt ? { answeredAt: new Date(r.answeredAt).toISOString() } : {}),
    ...(person ? { citizenId: person.id, citizenName: `${person.givenName} ${person.familyName}` } : {}),
  };
}
