import type { IdentityProviderResponse, LoginApp } from '@opencpi/contracts';
import { loginUrl } from '@opencpi/api-client';
import { useTranslation } from 'react-i18next';
import { CieButton } from './cie-button';
import { SpidButton } from './spid-button';

/**
 * The SPID and CIE buttons for one app, from GET /api/auth/idps: the SPID button lists the `spid` items,
 * the CIE button appears when there is a `cie` item. Login level 2.
 */
export function LoginOptions({ providers, app }: { providers: readonly IdentityProviderResponse[]; app: LoginApp }) {
  const { t } = useTranslation();
  const spid = providers.filter((p) => p.kind === 'spid');
  const cie = providers.find((p) => p.kind === 'cie');
  if (spid.length === 0 && !cie) {
    return <p className="alert alert-warning">{t('login.noProviders')}</p>;
  }
  return (
    <div className="login-options">
      <div className="login-options__buttons">
        {spid.length > 0 && (
          <SpidButton
            providers={spid.map((p) => ({ id: p.id, displayName: p.displayName, href: loginUrl({ kind: 'spid', idp: p.id, app, level: 2 }) }))}
          />
        )}
        {cie && <CieButton href={loginUrl({ kind: 'cie', idp: cie.id, app, level: 2 })} />}
      </div>
      <p className="login-options__level small text-secondary mt-3 mb-0">{t('login.level')}</p>
    </div>
  );
}
