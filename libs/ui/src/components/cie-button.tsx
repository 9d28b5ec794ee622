import { useTranslation } from 'react-i18next';
import { CieIcon } from './brand-icons';

export const CIE_HELP_URL = 'https://www.cartaidentita.interno.gov.it/';

/** "Entra con CIE": a link (the login is a full-page navigation) styled as the official CIE button. */
export function CieButton({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a className="cie-button" href={href}>
      <span className="cie-button__icon">
        <CieIcon />
      </span>
      <span className="cie-button__text">{t('login.cie.button')}</span>
    </a>
  );
}
