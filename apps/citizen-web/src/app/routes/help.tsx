import { HelpPage } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { InPersonHelp } from '../../features/help/components/help-sections';

/** /aiuto: getting in, the phone, and the person's own CPI. */
export function HelpRoute() {
  const { t } = useTranslation('citizen');
  return (
    <HelpPage texts={t('help', { returnObjects: true })}>
      <InPersonHelp />
    </HelpPage>
  );
}
