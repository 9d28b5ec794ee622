import { condizionalitaKeys, getConditionalityCase } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/**
 * GET /api/operator/condizionalita/cases/:caseId. While a measure waits for INPS the page reads it again every
 * 5 seconds, so "In attesa dell'INPS" turns into "Inviato" by itself.
 */
export function useConditionalityCase(caseId: string) {
  return useQuery({
    queryKey: condizionalitaKeys.operator.case(caseId),
    queryFn: ({ signal }) => getConditionalityCase(caseId, signal),
    refetchInterval: (query) => (query.state.data?.measures.some((m) => m.sendState && m.sendState.state !== 'sent' && m.sendState.state !== 'failed') ? 5_000 : false),
  });
}
