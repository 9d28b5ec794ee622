import { nudgeCitizen, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/ecoach/:citizenId/nudge: a gentle message to the person (the alerts then show when it was sent). */
export function useNudgeCitizen(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string | undefined) => nudgeCitizen(citizenId, message),
    onSuccess: (person) => {
      queryClient.setQueryData(queryKeys.operator.ecoachPerson(citizenId), person);
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.ecoach(), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.messages(citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.timeline(citizenId) });
    },
  });
}
