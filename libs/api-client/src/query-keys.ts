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
  },
  operator: {
    all: ['operator'] as const,
    me: () => ['operator', 'registry', 'me'] as const,
    citizens: () => ['operator', 'registry', 'citizens'] as const,
    citizenSearch: (params: CitizenSearchParams) => ['operator', 'registry', 'citizens', 'search', params] as const,
    citizen: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId] as const,
    dossier: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId, 'dossier'] as const,
    auditTrail: (citizenId: string) => ['operator', 'registry', 'citizens', citizenId, 'audit-events'] as const,
  },
} as const;
