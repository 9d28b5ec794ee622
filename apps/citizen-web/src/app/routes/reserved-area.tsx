import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { DocumentsSection } from '../../features/dossier/components/documents-section';
import { MessagesSection } from '../../features/dossier/components/messages-section';
import { TimelineSection } from '../../features/dossier/components/timeline-section';
import { BackToProfile } from '../../features/shared/components/back-to-profile';
import '../../features/dossier/dossier.css';

/** /area-riservata: "Documenti e messaggi", the area shared with the CPI: messages, documents, timeline. */
export function ReservedAreaRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('dossier.title'));
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('dossier.title')}</h1>
        <p className="lead">{t('dossier.intro')}</p>
        <MessagesSection />
        <DocumentsSection />
        <TimelineSection />
        <BackToProfile />
      </div>
    </div>
  );
}
