import { useTranslation } from 'react-i18next';

/**
 * "Login with eIDAS": a link (the login is a full-page navigation) for people with an electronic identity
 * of another EU member state, who reach us through the Italian eIDAS node (FICEP). The flag stands in for
 * the eIDAS logo (an EU emblem we do not ship).
 */
export function EidasButton({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a className="cie-button eidas-button" href={href}>
      <span className="cie-button__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" focusable="false">
          <circle cx="12" cy="12" r="11" fill="#003399" />
          {Array.from({ length: 12 }, (_, i) => {
            const a = (i * Math.PI) / 6;
            return <circle key={i} cx={12 + 7 * Math.sin(a)} cy={12 - 7 * Math.cos(a)} r="1.1" fill="#ffcc00" />;
          })}
        </svg>
      </span>
      <span className="cie-button__text">{t('login.eidas.button')}</span>
    </a>
  );
}
