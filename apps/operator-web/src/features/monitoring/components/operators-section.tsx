import type { OperatorKpiRow } from '@opencpi/contracts';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useOperatorKpis } from '../api/use-operator-kpis';
import { viewSearch, type Period } from '../dashboard-params';
import { useIndicatorFormat } from '../hooks/use-indicator-format';
import { IndicatorCard } from './indicator-card';
import { IndicatorChart } from './indicator-chart';
import { IndicatorTable } from './indicator-table';

const SOURCES = ['agenda.appointments', 'patto.patti'];

/** The figures of one operator (the last level of the drill-down), with the way to their worklist. */
function OperatorDetail({ row }: { row: OperatorKpiRow }) {
  const { t } = useTranslation('operator');
  const f = useIndicatorFormat();
  return (
    <section className="mt-4" aria-labelledby="operator-heading">
      <h2 id="operator-heading">{row.name}</h2>
      <dl className="operator-kpis">
        <dt>{t('monitoring.operators.appointments')}</dt>
        <dd>{f.count(row.appointments)}</dd>
        <dt>{t('monitoring.operators.attended')}</dt>
        <dd>{f.count(row.attended)}</dd>
        <dt>{t('monitoring.operators.noShows')}</dt>
        <dd>{f.count(row.noShows)}</dd>
        <dt>{t('monitoring.operators.pattiSigned')}</dt>
        <dd>{f.count(row.pattiSigned)}</dd>
      </dl>
      <p>
        <Link to={paths.worklist}>{t('monitoring.operators.worklist')}</Link>
      </p>
    </section>
  );
}

/** Below a CPI: its operators' appointments, attendance, no-shows and patti; a click on one opens their figures. */
export function OperatorsSection({ officeId, staffId, period, onSelect }: { officeId: string; staffId?: string; period: Period; onSelect: (staffId: string) => void }) {
  const { t } = useTranslation('operator');
  const f = useIndicatorFormat();
  const kpis = useOperatorKpis(officeId, period);
  if (kpis.isPending) return <Loading />;
  if (kpis.isError) return <ProblemAlert error={kpis.error} onRetry={() => void kpis.refetch()} />;
  const { items, officeName } = kpis.data;
  const selected = staffId ? items.find((r) => r.staffId === staffId) : undefined;
  if (staffId) return selected ? <OperatorDetail row={selected} /> : <p className="alert alert-warning mt-4">{t('monitoring.operators.notFound')}</p>;
  const title = t('monitoring.operators.title');
  return (
    <section className="mt-5" aria-labelledby="operators-heading">
      <h2 id="operators-heading">{title}</h2>
      <IndicatorCard
        code="operators"
        title={t('monitoring.operators.chartTitle')}
        empty={items.length === 0 ? t('monitoring.operators.empty') : undefined}
        chart={
          <IndicatorChart
            kind="bar"
            points={items.map((r) => ({ key: r.staffId, label: r.name, value: r.attended }))}
            summary={t('monitoring.operators.summary', { office: officeName, count: items.length })}
            format={(v) => f.axis('count', v)}
            rows
            onSelect={onSelect}
          />
        }
        table={
          <IndicatorTable
            caption={t('monitoring.operators.caption', { office: officeName })}
            columns={[
              t('monitoring.operators.name'),
              t('monitoring.operators.appointments'),
              t('monitoring.operators.attended'),
              t('monitoring.operators.noShows'),
              t('monitoring.operators.pattiSigned'),
            ]}
            rows={items.map((r) => ({
              key: r.staffId,
              header: <Link to={viewSearch({ period, officeId, staffId: r.staffId })}>{r.name}</Link>,
              cells: [f.count(r.appointments), f.count(r.attended), f.count(r.noShows), f.count(r.pattiSigned)],
            }))}
          />
        }
        definition={t('monitoring.operators.definition')}
        sources={SOURCES}
      />
    </section>
  );
}
