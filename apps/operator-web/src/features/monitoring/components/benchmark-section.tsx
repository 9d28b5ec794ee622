import type { BenchmarkIndicator, BenchmarkResponse } from '@opencpi/contracts';
import { BENCHMARK_INDICATORS } from '@opencpi/contracts/browser';
import { Loading, ProblemAlert, SelectField } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useBenchmark } from '../api/use-benchmark';
import { viewSearch, type Period } from '../dashboard-params';
import { useIndicatorFormat } from '../hooks/use-indicator-format';
import { IndicatorChart, type ChartReference } from './indicator-chart';
import { IndicatorTable } from './indicator-table';

/** Where an office stands: in the best quarter, better or worse than the regional median. */
function standing(b: BenchmarkResponse, value: number | null | undefined): 'best' | 'better' | 'worse' | 'median' | 'none' {
  const median = b.regionMedian;
  const quartile = b.bestQuartile;
  if (typeof value !== 'number' || typeof median !== 'number') return 'none';
  const better = (x: number, than: number) => (b.higherIsBetter ? x > than : x < than);
  if (typeof quartile === 'number' && (value === quartile || better(value, quartile))) return 'best';
  if (value === median) return 'median';
  return better(value, median) ? 'better' : 'worse';
}

function BenchmarkView({ benchmark, period, onSelect }: { benchmark: BenchmarkResponse; period: Period; onSelect: (officeId: string) => void }) {
  const { t } = useTranslation('operator');
  const f = useIndicatorFormat();
  const title = t(`monitoring.benchmark.indicators.${benchmark.indicator as BenchmarkIndicator}`);
  const median = f.value(benchmark.unit, benchmark.regionMedian);
  const quartile = f.value(benchmark.unit, benchmark.bestQuartile);
  const { regionMedian, bestQuartile } = benchmark;
  const references: ChartReference[] = [
    ...(typeof regionMedian === 'number' ? [{ kind: 'median' as const, value: regionMedian, label: t('monitoring.benchmark.median') }] : []),
    ...(typeof bestQuartile === 'number' ? [{ kind: 'quartile' as const, value: bestQuartile, label: t('monitoring.benchmark.quartile') }] : []),
  ];
  return (
    <>
      <p>
        {t('monitoring.benchmark.reference', { median, quartile, count: benchmark.officesCompared })}{' '}
        {benchmark.higherIsBetter ? t('monitoring.benchmark.higherIsBetter') : t('monitoring.benchmark.lowerIsBetter')}
      </p>
      {benchmark.offices.length === 0 ? (
        <p>{t('monitoring.benchmark.empty')}</p>
      ) : (
        <>
          <IndicatorChart
            kind="bar"
            points={benchmark.offices.map((o) => ({ key: o.officeId, label: o.officeName, value: o.value }))}
            references={references}
            summary={t('monitoring.benchmark.summary', { title, count: benchmark.offices.length, median, quartile })}
            format={(v) => f.axis(benchmark.unit, v)}
            rows
            max={f.max(benchmark.unit)}
            onSelect={onSelect}
          />
          <IndicatorTable
            caption={t('monitoring.benchmark.caption', { title })}
            columns={[t('monitoring.benchmark.office'), title, t('monitoring.table.cases'), t('monitoring.benchmark.standing')]}
            rows={benchmark.offices.map((o) => ({
              key: o.officeId,
              header: <Link to={viewSearch({ period, officeId: o.officeId })}>{o.officeName}</Link>,
              cells: [f.value(benchmark.unit, o.value), f.count(o.denominator), t(`monitoring.benchmark.standings.${standing(benchmark, o.value)}`)],
            }))}
          />
        </>
      )}
    </>
  );
}

/** The benchmark view: for one indicator at a time, each CPI against the regional median and the best quartile. */
export function BenchmarkSection({ period, onSelect }: { period: Period; onSelect: (officeId: string) => void }) {
  const { t } = useTranslation('operator');
  const [indicator, setIndicator] = useState<BenchmarkIndicator>('first_contact_in_window');
  const benchmark = useBenchmark(indicator, period);
  return (
    <section className="mt-5" aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading">{t('monitoring.benchmark.title')}</h2>
      <p>{t('monitoring.benchmark.intro')}</p>
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('monitoring.benchmark.indicator')} value={indicator} onChange={(e) => setIndicator(e.target.value as BenchmarkIndicator)}>
            {BENCHMARK_INDICATORS.map((code) => (
              <option key={code} value={code}>
                {t(`monitoring.benchmark.indicators.${code}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div aria-live="polite" aria-busy={benchmark.isFetching}>
        {benchmark.isPending ? (
          <Loading />
        ) : benchmark.isError ? (
          <ProblemAlert error={benchmark.error} onRetry={() => void benchmark.refetch()} />
        ) : (
          <BenchmarkView benchmark={benchmark.data} period={period} onSelect={onSelect} />
        )}
      </div>
    </section>
  );
}
