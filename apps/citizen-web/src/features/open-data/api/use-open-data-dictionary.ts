import { getOpenDataDictionary, monitoringKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/open-data/dictionary (no login): what each field of the open data means, its unit and its sources. */
export function useOpenDataDictionary() {
  return useQuery({ queryKey: monitoringKeys.openDataDictionary(), queryFn: ({ signal }) => getOpenDataDictionary(signal) });
}
