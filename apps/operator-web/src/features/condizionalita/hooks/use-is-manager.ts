import { useSession } from '../../auth/api/use-session';
import { MANAGER_ROLES } from '../condizionalita-options';

/** true when the logged-in staff member is a manager (cpi_manager or region_admin): four-eyes confirmation, the queue. */
export function useIsManager(): boolean {
  const session = useSession();
  const roles: readonly string[] = session.data?.user?.roles ?? [];
  return MANAGER_ROLES.some((role) => roles.includes(role));
}
