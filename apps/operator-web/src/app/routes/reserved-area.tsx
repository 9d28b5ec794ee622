import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePersonOverview } from '../../features/patto/api/use-person-overview';
import { DocumentsSection } from '../../features/reserved-area/components/documents-section';
import { MessagesSection } from '../../features/reserved-area/components/messages-section';
import { TimelineSection } from '../../features/reserved-area/components/timeline-section';
import { paths } from '../paths';

/** /cittadini/:citizenId/area-riservata: the space shared with the person: messages, documents, history. */
export function ReservedAreaRoute() {
  const { t } = useTranslation('operator');
  const { citizenId = '' } = useParams();
  const overview = usePersonOverview(citizenId);
  const name = overview.data?.name;
  const title = name ? t('reservedArea.title', { name }) : t('reservedArea.fallbackTitle');
  useDocumentTitle(title);

  return (
    <>
      <h1>{title}</h1>
      {name && (
        <p>
          <Link to={paths.pathway(citizenId)}>{t('patto.backToPerson', { name })}</Link>
        </p>
      )}
      <p className="lead">{t('reservedArea.intro')}</p>
      <MessagesSection citizenId={citizenId} />
      <DocumentsSection citizenId={citizenId} />
      <TimelineSection citizenId={citizenId} />
    </>
  );
}
