import { documentContentUrl } from '@opencpi/api-client';
import { DocumentsSection, MessagesSection, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMarkMessageRead } from '../../features/dossier/api/use-mark-message-read';
import { useMyDocuments } from '../../features/dossier/api/use-my-documents';
import { useMyMessages } from '../../features/dossier/api/use-my-messages';
import { useSendMessage } from '../../features/dossier/api/use-send-message';
import { useUploadDocument } from '../../features/dossier/api/use-upload-document';
import { TimelineSection } from '../../features/dossier/components/timeline-section';
import { UPLOADABLE_TYPES } from '../../features/dossier/dossier-labels';
import '../../features/dossier/dossier.css';

const contentUrl = (documentId: string) => documentContentUrl(documentId);

/** /area-riservata: "Documenti e messaggi", the area shared with the CPI: messages, documents, timeline. */
export function ReservedAreaRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('dossier.title'));
  const messages = useMyMessages();
  const { mutate: markRead } = useMarkMessageRead();
  const send = useSendMessage();
  const documents = useMyDocuments();
  const upload = useUploadDocument();
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('dossier.title')}</h1>
        <p className="lead">{t('dossier.intro')}</p>
        <MessagesSection viewer="citizen" messages={messages} markRead={markRead} send={send} />
        <DocumentsSection viewer="citizen" documents={documents} upload={upload} contentUrl={contentUrl} uploadableTypes={UPLOADABLE_TYPES} />
        <TimelineSection />
      </div>
    </div>
  );
}
