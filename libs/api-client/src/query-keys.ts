import type { CitizenSearchParams } from './endpoints/operator-registry.api';

/**
 * TanStack Query keys, one factory per endpoint. Hierarchical, so that e.g.
 * `invalidateQueries({ queryKey: queryKeys.operator.all })` drops everything of the back office.
 */
export const queryKeys = {
  auth: {
    all: ['auth'] as const,
    session: () => ['auth', 'session'] as const,
    identityProviders: () => ['auth', 'identity-providers'] as const,
  },
  citizen: {
    all: ['citizen'] as const,
    profile: () => ['citizen', 'registry', 'profile'] as const,
    agenda: () => ['citizen', 'agenda'] as const,
    serviceTypes: () => ['citizen', 'agenda', 'service-types'] as const,
    offices: () => ['citizen', 'agenda', 'offices'] as const,
    slots: (params: object) => ['citizen', 'agenda', 'slots', params] as const,
    appointments: () => ['citizen', 'agenda', 'appointments'] as const,
    convocations: () => ['citizen', 'agenda', 'convocations'] as const,
    did: () => ['citizen', 'patto', 'did'] as const,
    channel: () => ['citizen', 'patto', 'channel'] as const,
    patti: () => ['citizen', 'patto', 'patti'] as const,
    plan: () => ['citizen', 'patto', 'plan'] as const,
    documents: () => ['citizen', 'dossier', 'documents'] as const,
    messages: () => ['citizen', 'dossier', 'messages'] as const,
    timeline: () => ['citizen', 'dossier', 'timeline'] as const,
  },
  invitation: {
    byToken: (token: string) => ['invitation', token] as const,
    recall: (appointmentId: string) => ['recall', appointmentId] as const,
  },
  operator: {
    all: ['operator'] as const,
    me: () => ['operator', 'registry', 'me'] as const,
    citizens: () => ['operator', 'registry', 'citizens'] as const,
    citizenSearch: (params: CitizenSearchParams) => ['operator', 'registry', 'citizens', 'search', params] as const,
    citizen: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId] as const,
    dossier: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId, 'dossier'] as const,
    auditTrail: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId, 'audit-events'] as const,
    agenda: () => ['operator', 'agenda'] as const,
    serviceTypes: () => ['operator', 'agenda', 'service-types'] as const,
    slots: (params: object) => ['operator', 'agenda', 'slots', params] as const,
    calendar: (params: object) => ['operator', 'agenda', 'calendar', params] as const,
    invitations: (officeId: string) => ['operator', 'agenda', 'invitations', officeId] as const,
    convocations: (officeId: string) => ['operator', 'agenda', 'convocations', officeId] as const,
    convocation: (id: string) => ['operator', 'agenda', 'convocation', id] as const,
    patto: () => ['operator', 'patto'] as const,
    worklist: () => ['operator', 'patto', 'worklist'] as const,
    person: (citizenId: string) => ['operator', 'patto', 'person', citizenId] as const,
    pattoTemplates: () => ['operator', 'patto', 'templates'] as const,
    pattoById: (pattoId: string) => ['operator', 'patto', 'patti', pattoId] as const,
    ecoach: () => ['operator', 'patto', 'ecoach'] as const,
    ecoachPerson: (citizenId: string) => ['operator', 'patto', 'ecoach', citizenId] as const,
    documents: (citizenId: string) => ['operator', 'dossier', citizenId, 'documents'] as const,
    messages: (citizenId: string) => ['operator', 'dossier', citizenId, 'messages'] as const,
    timeline: (citizenId: string) => ['operator', 'dossier', citizenId, 'timeline'] as const,
  },
} as const;
