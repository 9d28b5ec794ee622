import { getIntermediaryOrganisations, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/intermediaries/organisations: the registered intermediaries I may delegate. */
export function useIntermediaryOrganisations() {
  return useQuery({ queryKey: intermediariesKeys.organisations(), queryFn: ({ signal }) => getIntermediaryOrganisations(signal) });
}
