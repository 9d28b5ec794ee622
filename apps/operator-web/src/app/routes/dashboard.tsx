import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useDashboard } from '../../features/monitoring/api/use-dashboard';
import { useOperatorKpis } from '../../features/monitoring/api/use-operator-kpis';
import { DashboardBreadcrumb } from '../../features/monitoring/components/dashboard-breadcrumb';
import { DashboardContent } from '../../features/monitoring/components/dashboard-content';
import { PeriodFilter } from '../../features/monitoring/components/period-filter';
import { readView, viewSearch, type DashboardView } from '../../features/monitoring/dashboard-params';
import { useDashboardRole } from '../../features/monitoring/hooks/use-dashboard-role';
import '../../features/monitoring/monitoring.css';

/** The name of the operator drilled into (from the CPI's operator figures, already fetched by the page below). */
function useStaffName(view: DashboardView): string | undefined {
  const kpis = useOperatorKpis(view.staffId ? view.officeId : undefined, view.period);
  return view.staffId ? kpis.data?.items.find((r) => r.staffId === view.staffId)?.name : undefined;
}

function Dashboard({ role }: { role: 'region_admin' | 'cpi_manager' }) {
  const { t } = useTranslation('operator');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const view = readView(params);
  const dashboard = useDashboard(view.period, view.officeId);
  const staffName = useStaffName(view);
  const go = (next: DashboardView) => void navigate({ search: viewSearch(next) });
  const top = role === 'region_admin' ? t('monitoring.levels.region') : t('monitoring.levels.offices');
  const officeName = view.officeId ? (dashboard.data?.scope.officeName ?? dashboard.data?.offices.find((o) => o.id === view.officeId)?.name) : undefined;
  const scopeName = officeName ?? top;
  return (
    <>
      <DashboardBreadcrumb view={view} names={{ top, office: officeName, staff: staffName }} />
      <PeriodFilter key={`${view.period.from}-${view.period.to}`} period={view.period} onApply={(period) => go({ ...view, period })} />
      <div aria-live="polite" aria-busy={dashboard.isFetching}>
        {dashboard.isPending ? (
          <Loading />
        ) : dashboard.isError ? (
          <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        ) : (
          <DashboardContent dashboard={dashboard.data} view={view} scopeName={scopeName} onDrill={(next) => go({ period: view.period, ...next })} />
        )}
      </div>
    </>
  );
}

/** /cruscotto (cpi_manager, region_admin): LEP/KPI indicators with charts and tables, drill-down, benchmark, export. */
export function DashboardRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('monitoring.title'));
  const role = useDashboardRole();
  return (
    <>
      <h1>{t('monitoring.title')}</h1>
      <p className="lead">{t('monitoring.intro')}</p>
      {role ? <Dashboard role={role} /> : <p className="alert alert-warning">{t('monitoring.managersOnly')}</p>}
    </>
  );
}
