import type { PattoActionType, PattoContentBody, PattoContentResponse, PattoTemplateResponse } from '@opencpi/contracts';
import { daysFromToday } from './dates';
import { isActionType, isProvider, type PattoProvider } from './hooks/use-patto-labels';

/** What the patto form edits: the body's fields, the numbers as typed. */
export interface PattoFormValues {
  pathway: string;
  jobSearchActs: string;
  contactFrequencyDays: string;
  proofOfSearch: string;
  availability: { workshops: boolean; training: boolean; congruousOffers: boolean };
  actions: { type: PattoActionType; title: string; provider: PattoProvider; dueDate: string }[];
}

const action = (a: { type: string; title: string; provider: string }, dueDate: string): PattoFormValues['actions'][number] => ({
  type: isActionType(a.type) ? a.type : 'other',
  title: a.title,
  provider: isProvider(a.provider) ? a.provider : 'cpi',
  dueDate,
});

/** A pathway's template as form content (its actions due `dueInDays` from today); an empty form without one. */
export function fromTemplate(pathway: string, template: PattoTemplateResponse | undefined): PattoFormValues {
  if (!template) {
    return { pathway, jobSearchActs: '', contactFrequencyDays: '30', proofOfSearch: '', availability: { workshops: true, training: true, congruousOffers: true }, actions: [] };
  }
  return {
    pathway,
    jobSearchActs: template.jobSearchActs,
    contactFrequencyDays: String(template.contactFrequencyDays),
    proofOfSearch: template.proofOfSearch,
    availability: { workshops: template.availabilityWorkshops, training: template.availabilityTraining, congruousOffers: template.availabilityCongruousOffers },
    actions: template.actions.map((a) => action(a, daysFromToday(a.dueInDays))),
  };
}

/** A version's content as form content. */
export function fromContent(content: PattoContentResponse): PattoFormValues {
  return {
    pathway: String(content.pathway),
    jobSearchActs: content.jobSearchActs,
    contactFrequencyDays: String(content.contactFrequencyDays),
    proofOfSearch: content.proofOfSearch,
    availability: { workshops: content.availabilityWorkshops, training: content.availabilityTraining, congruousOffers: content.availabilityCongruousOffers },
    actions: content.actions.map((a) => action(a, a.dueDate.slice(0, 10))),
  };
}

/** The request body (PattoContentBody); the agency chosen by the person is kept as it was. */
export function toPattoContentBody(v: PattoFormValues, agencyId: string | undefined): PattoContentBody {
  const days = v.contactFrequencyDays.trim();
  return {
    pathway: Number(v.pathway),
    ...(agencyId ? { agencyId } : {}),
    jobSearchActs: v.jobSearchActs.trim(),
    contactFrequencyDays: days === '' ? Number.NaN : Number(days),
    proofOfSearch: v.proofOfSearch.trim(),
    availability: { ...v.availability },
    actions: v.actions.map((a) => ({ type: a.type, title: a.title.trim(), provider: a.provider, dueDate: a.dueDate })),
  };
}
