import type { IdentityProviderResponse, LoginApp } from '@opencpi/contracts';
import { loginUrl } from '@opencpi/api-client';
import { useTranslation } from 'react-i18next';
import { CieButton } from './cie-button';
import { EidasButton } from './eidas-button';
import { SpidButton } from './spid-button';

/**
 * The SPID and CIE buttons for one app, from GET /api/auth/idps: the SPID button lists the `spid` items,
 * the CIE button appears when there is a `cie` item, and in the citizen app the eIDAS button (people with
 * another EU country's eID, through FICEP) when there is an `eidas` item. Login level 2.
 */
export function LoginOptions({ providers, app }: { providers: readonly IdentityProviderResponse[]; app: LoginApp }) {
  const { t } = useTranslation();
  const spid = providers.filter((p) => p.kind === 'spid');
  const cie = providers.find((p) => p.kind === 'cie');
  const eidas = app === 'citizen' ? providers.find((p) => p.kind === 'eidas') : undefined;
  if (spid.length === 0 && !cie) {
    return <p className="alert alert-warning">{t('login.noProviders')}</p>;
  }
  return (
    <div className="login-options">
      <div className="login-options__buttons">
        {spid.length > 0 && <SpidButton providers={spid.map((p) => ({ id: p.id, displayName: p.displayName, href: loginUrl({ kind: 'spid', idp: p.id, app, level: 2 }) }))} />}
        {cie && <CieButton href={loginUrl({ kind: 'cie', idp: cie.id, app, level: 2 })} />}
      </div>
      {eidas && (
        <div className="login-options__eidas mt-3">
          <p className="small mb-2">{t('login.eidas.intro')}</p>
          <EidasButton href={loginUrl({ kind: 'eidas', idp: eidas.id, app, level: 2 })} />
        </div>
      )}
      <p className="login-options__level small text-secondary mt-3 mb-0">{t('login.level')}</p>
    </div>
  );
}
