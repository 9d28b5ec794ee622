import { getShortlist, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET …/vacancies/:vacancyId/shortlist: the candidates chosen for the employer, with consent and outcome. */
export function useShortlist(vacancyId: string) {
  return useQuery({
    queryKey: queryKeys.operator.shortlist(vacancyId),
    queryFn: ({ signal }) => getShortlist(vacancyId, signal),
    enabled: vacancyId !== '',
  });
}
