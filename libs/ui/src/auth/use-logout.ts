import { logout } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/auth/logout, then a full-page navigation to where the API says (the login page). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: ({ redirectTo }) => {
      queryClient.clear();
      window.location.assign(redirectTo);
    },
  });
}
