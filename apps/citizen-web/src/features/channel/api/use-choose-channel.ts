import { chooseChannel, queryKeys } from '@opencpi/api-client';
import type { ChooseChannelBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** PUT /api/citizen/patto/channel/choice: my own choice, which always wins over the advice. */
export function useChooseChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChooseChannelBody) => chooseChannel(body),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.citizen.channel(), profile);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}
