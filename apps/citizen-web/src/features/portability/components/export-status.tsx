import { exportBundleUrl } from '@opencpi/api-client';
import type { ExportResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/**
 * The newest export: a progress bar (steps done / total, announced politely by screen readers) while it is prepared,
 * then the download link and until when it is kept; or why it failed / that it expired.
 */
export function ExportStatus({ latest }: { latest: ExportResponse }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const preparing = latest.status === 'queued' || latest.status === 'running';
  const percent = Math.round((100 * latest.stepsDone) / Math.max(1, latest.stepsTotal));
  const step = latest.currentStep ? t(`portability.steps.${latest.currentStep}`, { defaultValue: latest.currentStep }) : t('portability.steps.queued');
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portability.status.title')}</h2>
      <p className="text-muted">{t('portability.status.requestedAt', { when: dates.dateTime(latest.requestedAt) })}</p>
      <div aria-live="polite" role="status">
        {preparing && (
          <>
            <p>{t('portability.status.progress', { done: latest.stepsDone, total: latest.stepsTotal, step })}</p>
            <div className="progress">
              <div
                className="progress-bar"
                role="progressbar"
                style={{ width: `${percent}%` }}
                aria-valuenow={latest.stepsDone}
                aria-valuemin={0}
                aria-valuemax={latest.stepsTotal}
                aria-label={t('portability.status.progressLabel')}
              />
            </div>
          </>
        )}
        {latest.status === 'ready' && <p>{t('portability.status.ready')}</p>}
        {latest.status === 'failed' && <p className="text-danger">{t('portability.status.failed')}</p>}
        {latest.status === 'expired' && <p>{t('portability.status.expired')}</p>}
      </div>
      {latest.status === 'ready' && (
        <>
          <p>
            <a className="btn btn-primary" href={exportBundleUrl(latest.id)} download>
              {t('portability.status.download')}
            </a>
          </p>
          {latest.expiresAt && <p>{t('portability.status.expiresAt', { when: dates.dateTime(latest.expiresAt) })}</p>}
          {latest.sha256 && (
            <p className="small text-break">
              {t('portability.status.sha256')} <code>{latest.sha256}</code>
            </p>
          )}
        </>
      )}
    </section>
  );
}
