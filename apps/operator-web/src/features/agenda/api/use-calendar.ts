import { getCalendar, queryKeys, type CalendarParams } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/calendar (audited); idle until an office and a date are known. */
export function useCalendar(params: CalendarParams | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.calendar(params ?? {}),
    queryFn: ({ signal }) => getCalendar(params as CalendarParams, signal),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
