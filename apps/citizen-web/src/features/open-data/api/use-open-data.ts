import { getOpenDataIndicators, monitoringKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/open-data/indicators (no login): the last 12 months per CPI and region, small cells suppressed. */
export function useOpenData() {
  return useQuery({ queryKey: monitoringKeys.openData(), queryFn: ({ signal }) => getOpenDataIndicators(signal) });
}
