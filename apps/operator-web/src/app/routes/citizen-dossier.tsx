import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useCitizenAppointments } from '../../features/citizens/api/use-citizen-appointments';
import { useCitizenDossier } from '../../features/citizens/api/use-citizen-dossier';
import { isDossierTab, type DossierTab } from '../../features/citizens/citizen-paths';
import { ActivityTab } from '../../features/citizens/dossier/activity-tab';
import { AppointmentsTab } from '../../features/citizens/dossier/appointments-tab';
import { DocumentsTab } from '../../features/citizens/dossier/documents-tab';
import { DossierSummary } from '../../features/citizens/dossier/dossier-summary';
import { DossierTabs } from '../../features/citizens/dossier/dossier-tabs';
import { PattoTab } from '../../features/citizens/dossier/patto-tab';
import { StatusTab } from '../../features/citizens/dossier/status-tab';
import { usePersonOverview } from '../../features/patto/api/use-person-overview';

/**
 * /cittadini/:citizenId[?tab=]: the person at a glance (fiscal code, office, DID, patto, next appointment), then one
 * section at a time in tabs: status, appointments, patto and plan, documents and messages, activity (history and the
 * access log, paged). Each block reads the module that owns it; only the open tab's data is read.
 */
export function CitizenDossierRoute() {
  const { t } = useTranslation('operator');
  const { citizenId = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const backSearch = (location.state as { search?: string } | null)?.search ?? '';
  const requested = params.get('tab');
  const tab: DossierTab = isDossierTab(requested) ? requested : 'status';
  const dossier = useCitizenDossier(citizenId);
  const overview = usePersonOverview(citizenId);
  const appointments = useCitizenAppointments(citizenId, { enabled: dossier.isSuccess });
  const citizen = dossier.data?.citizen;
  const title = citizen ? t('dossier.title', { name: `${citizen.givenName} ${citizen.familyName}` }) : t('dossier.fallbackTitle');
  useDocumentTitle(title);

  const openTab = (next: DossierTab) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        if (next === 'status') p.delete('tab');
        else p.set('tab', next);
        return p;
      },
      { replace: true, state: location.state },
    );

  return (
    <>
      <nav className="breadcrumb-container" aria-label={t('dossier.breadcrumb')}>
        <ol className="breadcrumb p-0">
          <li className="breadcrumb-item">
            <Link to={`/cittadini${backSearch}`}>{t('search.title')}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {title}
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>

      {dossier.isPending ? (
        <Loading />
      ) : dossier.isError ? (
        <>
          <ProblemAlert error={dossier.error} />
          <Link to={`/cittadini${backSearch}`}>{t('dossier.back')}</Link>
        </>
      ) : (
        <>
          <DossierSummary citizen={dossier.data.citizen} overview={overview.data} appointments={appointments.data?.items} />
          <DossierTabs current={tab} onChange={openTab}>
            {tab === 'status' && <StatusTab citizen={dossier.data.citizen} overview={overview} />}
            {tab === 'appointments' && <AppointmentsTab fiscalCode={dossier.data.citizen.fiscalCode} appointments={appointments} />}
            {tab === 'patto' && <PattoTab citizenId={citizenId} overview={overview} />}
            {tab === 'documents' && <DocumentsTab citizenId={citizenId} />}
            {tab === 'activity' && <ActivityTab citizenId={citizenId} />}
          </DossierTabs>
        </>
      )}
    </>
  );
}
