import { bookInvitation, queryKeys } from '@opencpi/api-client';
import type { AppointmentChannel } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/public/invitations/:token/appointment (no login); the answer (status `booked`, with the appointment) replaces the invitation. */
export function useBookInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { slotId: string; channel: AppointmentChannel }) => bookInvitation(token, body),
    onSuccess: (invitation) => queryClient.setQueryData(queryKeys.invitation.byToken(token), invitation),
  });
}
