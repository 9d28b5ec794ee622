import { useSession } from '../../auth/api/use-session';

/** true when the logged-in user is the contact person of a registered company (role `employer`). */
export function useIsEmployer(): boolean {
  const session = useSession();
  return session.data?.user?.roles.includes('employer') ?? false;
}
