import { TextField } from '@opencpi/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMonth, type Period } from '../dashboard-params';

/** From / to month (YYYY-MM) of the dashboard; applied on submit, checked here (from ≤ to) before any call. */
export function PeriodFilter({ period, onApply }: { period: Period; onApply: (period: Period) => void }) {
  const { t } = useTranslation('operator');
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonth(from) || !isMonth(to)) return setError(t('monitoring.period.invalid'));
    if (from > to) return setError(t('monitoring.period.order'));
    setError(undefined);
    onApply({ from, to });
  };
  return (
    <form className="period-filter" onSubmit={submit} aria-label={t('monitoring.period.label')} noValidate>
      <div className="row align-items-end">
        <div className="col-6 col-md-4 col-lg-3">
          <TextField type="month" label={t('monitoring.period.from')} value={from} onChange={(e) => setFrom(e.target.value)} error={error} placeholder="AAAA-MM" />
        </div>
        <div className="col-6 col-md-4 col-lg-3">
          <TextField type="month" label={t('monitoring.period.to')} value={to} onChange={(e) => setTo(e.target.value)} placeholder="AAAA-MM" />
        </div>
        <div className="col-12 col-md-4 col-lg-3 mb-3">
          <button type="submit" className="btn btn-primary">
            {t('monitoring.period.apply')}
          </button>
        </div>
      </div>
    </form>
  );
}
