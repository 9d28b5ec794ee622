import { useSession } from '../../auth/api/use-session';

/** Who may see the IVC pages: office staff guide cases, appointed assessors (`ivc_assessor`) assess them. */
export function useIvcRoles(): { officeStaff: boolean; assessor: boolean } {
  const session = useSession();
  const roles: readonly string[] = session.data?.user?.roles ?? [];
  return {
    officeStaff: roles.some((r) => r === 'operator' || r === 'cpi_manager' || r === 'region_admin'),
    assessor: roles.includes('ivc_assessor'),
  };
}
