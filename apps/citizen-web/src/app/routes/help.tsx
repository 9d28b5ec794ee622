import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { AccessHelp, InPersonHelp, PhoneHelp } from '../../features/help/components/help-sections';

export function HelpRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('help.title'));
  return (
    <div className="row">
      <div className="col-lg-10">
        <h1>{t('help.title')}</h1>
        <p className="lead">{t('help.intro')}</p>
        <AccessHelp />
        <PhoneHelp />
        <InPersonHelp />
      </div>
    </div>
  );
}
