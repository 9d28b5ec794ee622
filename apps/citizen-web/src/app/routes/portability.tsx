import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMyExports } from '../../features/portability/api/use-my-exports';
import { ExportStatus } from '../../features/portability/components/export-status';
import { PortabilityHelp } from '../../features/portability/components/portability-help';
import { RequestExportForm } from '../../features/portability/components/request-export-form';

/**
 * /i-miei-dati: "Scarica i tuoi dati" (GDPR art. 15 and 20). Ask for the whole dossier, follow its preparation (a
 * progress bar, polled), download the signed bundle while it is kept.
 */
export function PortabilityRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('portability.title'));
  const exports = useMyExports();
  const latest = exports.data?.items[0];
  const busy = latest?.status === 'queued' || latest?.status === 'running';
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('portability.title')}</h1>
        <p className="lead">{t('portability.intro')}</p>
        <RequestExportForm busy={busy} />
        {latest && <ExportStatus latest={latest} />}
        <PortabilityHelp />
      </div>
    </div>
  );
}
