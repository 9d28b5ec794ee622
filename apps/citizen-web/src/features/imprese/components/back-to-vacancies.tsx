import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { impresePaths } from '../imprese-paths';

/** "Torna alle tue offerte", at the bottom of the pages of one vacancy. */
export function BackToVacancies() {
  const { t } = useTranslation('citizen');
  return (
    <p className="mt-5">
      <Link to={impresePaths.vacancies}>{t('imprese.backToList')}</Link>
    </p>
  );
}
