import { UserArea } from '@opencpi/ui';
import { useLogout } from '../api/use-logout';
import { useSession } from '../api/use-session';

/** Name of the logged-in citizen and "Esci", in the header; nothing when logged out. */
export function CitizenUserArea() {
  const session = useSession();
  const logout = useLogout();
  const user = session.data?.user;
  if (!session.data?.authenticated || !user) return null;
  return <UserArea name={`${user.givenName} ${user.familyName}`} onLogout={() => logout.mutate()} loggingOut={logout.isPending || logout.isSuccess} />;
}
