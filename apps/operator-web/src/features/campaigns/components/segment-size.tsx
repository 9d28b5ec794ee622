import type { SegmentPreviewBody } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useSegmentPreview } from '../api/use-segment-preview';

/** The segment's size now, read again whenever the office or a parameter changes (a polite live region). */
export function SegmentSize({ body }: { body: SegmentPreviewBody | null }) {
  const { t } = useTranslation('operator');
  const preview = useSegmentPreview(body);
  return (
    <div className="segment-size callout-light p-3 mb-4" aria-live="polite" aria-atomic="true" data-testid="segment-size">
      {body === null ? (
        <p className="mb-0">{t('campaigns.form.sizeUnavailable')}</p>
      ) : preview.isError ? (
        <ProblemAlert error={preview.error} />
      ) : !preview.data ? (
        <p className="mb-0">{t('campaigns.form.sizeLoading')}</p>
      ) : (
        <>
          <p className="mb-0 fw-semibold">{t('campaigns.form.size', { count: preview.data.size })}</p>
          {preview.data.optedOut > 0 && <p className="mb-0 small">{t('campaigns.form.sizeOptedOut', { count: preview.data.optedOut })}</p>}
        </>
      )}
    </div>
  );
}
