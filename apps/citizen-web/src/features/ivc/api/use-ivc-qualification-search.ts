import { getIvcQualifications, ivcKeys } from '@opencpi/api-client';
import { useDebouncedValue, type ComboboxStatus } from '@opencpi/ui';
import { useQuery } from '@tanstack/react-query';

/** Characters to type before the repertoire is searched. */
const MIN_QUERY_LENGTH = 2;

/**
 * GET /api/citizen/ivc/qualifications?q= as the person types (once typing has paused, from 2 characters): the
 * repertoire's qualifications whose title or code match, with their competences. The combobox's status and options.
 */
export function useIvcQualificationSearch(text: string) {
  const trimmed = text.trim();
  const query = useDebouncedValue(trimmed);
  const result = useQuery({
    queryKey: ivcKeys.qualifications(query),
    queryFn: ({ signal }) => getIvcQualifications(query, 'citizen', signal),
    enabled: query.length >= MIN_QUERY_LENGTH,
    staleTime: 5 * 60_000,
  });
  let status: ComboboxStatus = 'done';
  if (trimmed.length < MIN_QUERY_LENGTH) status = 'idle';
  else if (query !== trimmed || result.isPending) status = 'searching';
  else if (result.isError) status = 'failed';
  return { query, status, items: result.data?.items ?? [] };
}
