import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "Torna al mio profilo", at the bottom of the pages of the person's path. */
export function BackToProfile() {
  const { t } = useTranslation('citizen');
  return (
    <p className="mt-5">
      <Link to="/profilo">{t('journey.backToProfile')}</Link>
    </p>
  );
}
