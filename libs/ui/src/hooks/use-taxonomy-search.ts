import { queryKeys, searchComuni, searchOccupations, searchSkills } from '@opencpi/api-client';
import type { ComuneResponse, TaxonomyItemResponse } from '@opencpi/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ComboboxStatus } from '../combobox/combobox';
import { useDebouncedValue } from './use-debounced-value';

/** Characters to type before an autocomplete searches (the API's TaxonomySearchQuery asks for 2 to 60). */
export const MIN_QUERY_LENGTH = 2;

export type TaxonomyKind = 'skills' | 'occupations' | 'comuni';
export type TaxonomyItem<K extends TaxonomyKind> = K extends 'comuni' ? ComuneResponse : TaxonomyItemResponse;

function search(kind: TaxonomyKind, q: string, signal: AbortSignal): Promise<{ items: readonly unknown[] }> {
  if (kind === 'comuni') return searchComuni(q, signal);
  return kind === 'skills' ? searchSkills(q, signal) : searchOccupations(q, signal);
}

/**
 * GET /api/public/matching/{skills|occupations|comuni}?q= as the person types: the trimmed text once typing has
 * paused, from MIN_QUERY_LENGTH characters; the answers are kept for 5 minutes. The one taxonomy search of both SPAs.
 */
export function useTaxonomySearch<K extends TaxonomyKind>(kind: K, text: string) {
  const trimmed = text.trim();
  const query = useDebouncedValue(trimmed);
  const result = useQuery({
    queryKey: queryKeys.taxonomy[kind](query),
    queryFn: ({ signal }) => search(kind, query, signal),
    enabled: query.length >= MIN_QUERY_LENGTH,
    staleTime: 5 * 60_000,
  });
  let status: ComboboxStatus = 'done';
  if (trimmed.length < MIN_QUERY_LENGTH) status = 'idle';
  else if (query !== trimmed || result.isPending) status = 'searching';
  else if (result.isError) status = 'failed';
  const items = (result.data?.items ?? []) as TaxonomyItem<K>[];
  return { query, status, items, error: result.error, refetch: result.refetch };
}
