import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMessagePreferences } from '../../features/message-preferences/api/use-message-preferences';
import { MessagePreferencesForm } from '../../features/message-preferences/components/message-preferences-form';

/** /messaggi/preferenze: "Come vuoi ricevere i messaggi" (channels, language, no messages that are not mandatory). */
export function MessagePreferencesRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('messages.title'));
  const preferences = useMessagePreferences();
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('messages.title')}</h1>
        <p className="lead">{t('messages.intro')}</p>
        {preferences.isPending ? (
          <Loading />
        ) : preferences.isError ? (
          <ProblemAlert error={preferences.error} onRetry={() => void preferences.refetch()} />
        ) : (
          <MessagePreferencesForm preferences={preferences.data} />
        )}
      </div>
    </div>
  );
}
