import { getMyExports, portabilityKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** every this many ms while an export is being prepared */
export const EXPORT_POLL_MS = 1000;

/** GET /api/citizen/portability/exports: my exports, newest first; polled while the newest is being prepared. */
export function useMyExports() {
  return useQuery({
    queryKey: portabilityKeys.exports(),
    queryFn: ({ signal }) => getMyExports(signal),
    refetchInterval: (q) => {
      const s = q.state.data?.items[0]?.status;
      return s === 'queued' || s === 'running' ? EXPORT_POLL_MS : false;
    },
  });
}
