import { documentContentUrl } from '@opencpi/api-client';
import { DOCUMENT_TYPES } from '@opencpi/contracts/browser';
import { DocumentsSection, MessagesSection, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePersonOverview } from '../../features/patto/api/use-person-overview';
import { useDocuments } from '../../features/reserved-area/api/use-documents';
import { useMarkMessageRead } from '../../features/reserved-area/api/use-mark-message-read';
import { useMessages } from '../../features/reserved-area/api/use-messages';
import { useSendMessage } from '../../features/reserved-area/api/use-send-message';
import { useUploadDocument } from '../../features/reserved-area/api/use-upload-document';
import { TimelineSection } from '../../features/reserved-area/components/timeline-section';
import { paths } from '../paths';

/** /cittadini/:citizenId/area-riservata: the space shared with the person: messages, documents, history. */
export function ReservedAreaRoute() {
  const { t } = useTranslation('operator');
  const { citizenId = '' } = useParams();
  const overview = usePersonOverview(citizenId);
  const messages = useMessages(citizenId);
  const { mutate: markRead } = useMarkMessageRead(citizenId);
  const send = useSendMessage(citizenId);
  const documents = useDocuments(citizenId);
  const upload = useUploadDocument(citizenId);
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
      <MessagesSection viewer="operator" messages={messages} markRead={markRead} send={send} />
      <DocumentsSection
        viewer="operator"
        documents={documents}
        upload={upload}
        contentUrl={(documentId) => documentContentUrl(documentId, citizenId)}
        uploadableTypes={DOCUMENT_TYPES}
      />
      <TimelineSection citizenId={citizenId} />
    </>
  );
}
