import { useSession } from '../../auth/api/use-session';

/** Who may see the dashboard: a region admin (the whole region), a CPI manager (their offices), nobody else. */
export function useDashboardRole(): 'region_admin' | 'cpi_manager' | undefined {
  const roles: readonly string[] = useSession().data?.user?.roles ?? [];
  if (roles.includes('region_admin')) return 'region_admin';
  if (roles.includes('cpi_manager')) return 'cpi_manager';
  return undefined;
}
