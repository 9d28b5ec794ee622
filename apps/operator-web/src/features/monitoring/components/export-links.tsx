import { monitoringExportUrl } from '@opencpi/api-client';
import { useTranslation } from 'react-i18next';
import type { Period } from '../dashboard-params';

/** The dashboard's figures as a file (CSV, XLSX) for the same period and CPI: links the API answers with an attachment. */
export function ExportLinks({ period, officeId }: { period: Period; officeId?: string }) {
  const { t } = useTranslation('operator');
  return (
    <div className="export-links d-flex flex-wrap gap-2" role="group" aria-label={t('monitoring.export.label')}>
      <a className="btn btn-outline-primary btn-sm" href={monitoringExportUrl('csv', period, officeId)} download>
        {t('monitoring.export.csv')}
      </a>
      <a className="btn btn-outline-primary btn-sm" href={monitoringExportUrl('xlsx', period, officeId)} download>
        {t('monitoring.export.xlsx')}
      </a>
    </div>
  );
}
