import { documentContentUrl } from '@opencpi/api-client';
import { DOCUMENT_TYPES } from '@opencpi/contracts/browser';
import { DocumentsSection, MessagesSection } from '@opencpi/ui';
import { useDocuments } from '../../reserved-area/api/use-documents';
import { useMarkMessageRead } from '../../reserved-area/api/use-mark-message-read';
import { useMessages } from '../../reserved-area/api/use-messages';
import { useSendMessage } from '../../reserved-area/api/use-send-message';
import { useUploadDocument } from '../../reserved-area/api/use-upload-document';

/** "Documenti e messaggi": the reserved area shared with the person (dossier module): the messages, then the documents. */
export function DocumentsTab({ citizenId }: { citizenId: string }) {
  const messages = useMessages(citizenId);
  const { mutate: markRead } = useMarkMessageRead(citizenId);
  const send = useSendMessage(citizenId);
  const documents = useDocuments(citizenId);
  const upload = useUploadDocument(citizenId);
  return (
    <>
      <MessagesSection viewer="operator" messages={messages} markRead={markRead} send={send} />
      <DocumentsSection
        viewer="operator"
        documents={documents}
        upload={upload}
        contentUrl={(documentId) => documentContentUrl(documentId, citizenId)}
        uploadableTypes={DOCUMENT_TYPES}
      />
    </>
  );
}
