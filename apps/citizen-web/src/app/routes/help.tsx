import { HelpPage } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { CallbackSection } from '../../features/help/components/callback-section';
import { InPersonHelp } from '../../features/help/components/help-sections';

/** /aiuto: getting in, the phone, a call back, and the person's own CPI. */
export function HelpRoute() {
  const { t } = useTranslation('citizen');
  return (
    <HelpPage texts={t('help', { returnObjects: true })}>
      <CallbackSection />
      <InPersonHelp />
    </HelpPage>
  );
}
