import { getCitizenServiceTypes, getCitizenSlots, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** What can be booked (the public list of services of the citizen agenda, which every signed-in person may read). */
export function useBookableServices() {
  return useQuery({ queryKey: queryKeys.citizen.serviceTypes(), queryFn: ({ signal }) => getCitizenServiceTypes(signal) });
}
/** Free slots of a service at the person's CPI in the next 30 days, soonest first. */
export function useFreeSlots(serviceType: string, officeId: string | undefined) {
  const params = { serviceType, ...(officeId ? { officeId } : {}), days: 30 };
  return useQuery({ queryKey: queryKeys.citizen.slots(params), queryFn: ({ signal }) => getCitizenSlots(params, signal), enabled: serviceType !== '' });
}
