import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { viewSearch, type DashboardView } from '../dashboard-params';

export interface BreadcrumbNames {
  /** "Regione Piemonte" or "I tuoi CPI" (a manager) */
  top: string;
  office?: string;
  staff?: string;
}

/** Region › CPI › operator: each level above the current one is a link back up (the period is kept). */
export function DashboardBreadcrumb({ view, names }: { view: DashboardView; names: BreadcrumbNames }) {
  const { t } = useTranslation('operator');
  const levels = [
    { key: 'top', name: names.top, to: viewSearch({ period: view.period }) },
    ...(view.officeId ? [{ key: 'office', name: names.office ?? '…', to: viewSearch({ period: view.period, officeId: view.officeId }) }] : []),
    ...(view.officeId && view.staffId ? [{ key: 'staff', name: names.staff ?? '…', to: viewSearch(view) }] : []),
  ];
  return (
    <nav className="breadcrumb-container" aria-label={t('monitoring.breadcrumb')}>
      <ol className="breadcrumb p-0">
        {levels.map((level, i) =>
          i < levels.length - 1 ? (
            <li key={level.key} className="breadcrumb-item">
              <Link to={level.to}>{level.name}</Link>
              <span className="separator">/</span>
            </li>
          ) : (
            <li key={level.key} className="breadcrumb-item active" aria-current="page">
              {level.name}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
