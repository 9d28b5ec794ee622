import { condizionalitaKeys, getNationalSystemsSends } from '@opencpi/api-client';
import type { NationalSystemsSendState } from '@opencpi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

export const SENDS_PAGE = 50;

/** GET /api/operator/national-systems/sends?state= (managers): one page of the queue, read again every 10 seconds. */
export function useNationalSystemsSends(state: NationalSystemsSendState, offset: number) {
  return useQuery({
    queryKey: condizionalitaKeys.operator.sends(state, offset),
    queryFn: ({ signal }) => getNationalSystemsSends({ state, limit: SENDS_PAGE, offset }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}
