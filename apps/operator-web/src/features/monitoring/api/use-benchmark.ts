import type { BenchmarkIndicator } from '@opencpi/contracts';
import { getMonitoringBenchmark, monitoringKeys } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Period } from '../dashboard-params';

/** GET /api/operator/monitoring/benchmark: each CPI against the regional median and the best quartile. */
export function useBenchmark(indicator: BenchmarkIndicator, period: Period) {
  return useQuery({
    queryKey: monitoringKeys.benchmark(indicator, period),
    queryFn: ({ signal }) => getMonitoringBenchmark(indicator, period, signal),
    placeholderData: keepPreviousData,
  });
}
