import { HelpPage } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { InPersonHelp } from '../../features/help/components/help-sections';

/** /aiuto: getting in, technical assistance, and whom to talk to (the manager, the operator's offices). */
export function HelpRoute() {
  const { t } = useTranslation('operator');
  return (
    <HelpPage texts={t('help', { returnObjects: true })}>
      <InPersonHelp />
    </HelpPage>
  );
}
