import { getMonitoringOperators, monitoringKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';
import type { Period } from '../dashboard-params';

/** GET /api/operator/monitoring/offices/:officeId/operators: the CPI's operators, the drill-down below a CPI. */
export function useOperatorKpis(officeId: string | undefined, period: Period) {
  return useQuery({
    queryKey: monitoringKeys.operators(officeId ?? '', period),
    queryFn: ({ signal }) => getMonitoringOperators(officeId ?? '', period, signal),
    enabled: !!officeId,
  });
}
