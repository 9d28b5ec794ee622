import { UserArea } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useStaffProfile } from '../../staff/api/use-staff-profile';
import { useLogout } from '../api/use-logout';
import { useSession } from '../api/use-session';

/** The operator's name and offices (from /operator/registry/me) and "Esci", in the header. */
export function OperatorUserArea() {
  const { t } = useTranslation('operator');
  const session = useSession();
  const user = session.data?.authenticated ? session.data.user : undefined;
  const me = useStaffProfile({ enabled: !!user });
  const logout = useLogout();
  if (!user) return null;
  const name = me.data ? `${me.data.givenName} ${me.data.familyName}` : `${user.givenName} ${user.familyName}`;
  const offices = me.data?.offices.map((o) => o.name).join(', ');
  return (
    <UserArea name={name} details={offices ? `${t('header.offices')}: ${offices}` : undefined} onLogout={() => logout.mutate()} loggingOut={logout.isPending || logout.isSuccess} />
  );
}
