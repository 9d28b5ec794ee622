import { useTranslation } from 'react-i18next';

/** A Bootstrap Italia spinner with a visible, announced label. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading d-flex align-items-center gap-3 py-4" role="status">
      <span className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}
