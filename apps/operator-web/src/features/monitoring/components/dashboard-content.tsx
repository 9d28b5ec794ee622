import type { DashboardResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { viewSearch, type DashboardView } from '../dashboard-params';
import { useFormatters } from '@opencpi/i18n';
import { BenchmarkSection } from './benchmark-section';
import { ExportLinks } from './export-links';
import { IndicatorResultCard } from './indicator-result-card';
import { OperatorsSection } from './operators-section';

export interface DashboardContentProps {
  dashboard: DashboardResponse;
  view: DashboardView;
  scopeName: string;
  onDrill: (next: Partial<Pick<DashboardView, 'officeId' | 'staffId'>>) => void;
}

/** The dashboard at one level: the indicators' cards, then the benchmark (region) or the CPI's operators (a CPI). */
export function DashboardContent({ dashboard, view, scopeName, onDrill }: DashboardContentProps) {
  const { t } = useTranslation('operator');
  const { dateTime } = useFormatters();
  const officeId = view.officeId;
  return (
    <>
      <p className="dashboard-meta">{dashboard.refreshedAt ? t('monitoring.refreshedAt', { at: dateTime(dashboard.refreshedAt) }) : t('monitoring.neverRefreshed')}</p>
      <ExportLinks period={view.period} officeId={view.officeId} />
      {!officeId && dashboard.offices.length > 0 ? (
        <nav className="mt-4" aria-labelledby="offices-heading">
          <h2 id="offices-heading" className="h5">
            {t('monitoring.offices.title')}
          </h2>
          <ul className="dashboard-offices">
            {dashboard.offices.map((o) => (
              <li key={o.id}>
                <Link to={viewSearch({ period: view.period, officeId: o.id })}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {view.staffId ? null : (
        <section className="mt-4" aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">{t('monitoring.indicatorsTitle', { scope: scopeName })}</h2>
          <div className="indicator-grid">
            {dashboard.indicators.map((indicator) => (
              <IndicatorResultCard key={indicator.code} indicator={indicator} scopeName={scopeName} />
            ))}
          </div>
        </section>
      )}
      {officeId ? (
        <OperatorsSection officeId={officeId} staffId={view.staffId} period={view.period} onSelect={(staffId) => onDrill({ officeId, staffId })} />
      ) : (
        <BenchmarkSection period={view.period} onSelect={(officeId) => onDrill({ officeId })} />
      )}
    </>
  );
}
