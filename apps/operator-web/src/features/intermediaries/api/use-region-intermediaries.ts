import { getRegionIntermediaries, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/intermediaries/organisations: my region's register (region admin). */
export function useRegionIntermediaries() {
  return useQuery({ queryKey: intermediariesKeys.register(), queryFn: ({ signal }) => getRegionIntermediaries(signal) });
}
