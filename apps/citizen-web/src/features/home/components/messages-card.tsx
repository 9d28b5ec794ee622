import { useTranslation } from 'react-i18next';
import { useMyMessages } from '../../dossier/api/use-my-messages';
import { StatusCard } from './status-card';

/** Messages from the CPI I have not read yet (the dossier's read receipts). */
export function MessagesCard() {
  const { t } = useTranslation('citizen');
  const messages = useMyMessages();
  const unread = (messages.data?.items ?? []).filter((m) => m.senderRole !== 'citizen' && !m.readAt).length;
  return (
    <StatusCard title={t('home.messages.title')} query={messages} tone={unread > 0 ? 'attention' : undefined} action={{ to: '/area-riservata', label: t('home.messages.view') }}>
      <p className={unread > 0 ? 'fw-semibold' : undefined}>{unread > 0 ? t('home.messages.unread', { count: unread }) : t('home.messages.none')}</p>
    </StatusCard>
  );
}
