import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SpidIcon } from './brand-icons';

export interface IdentityProviderLink {
  id: string;
  displayName: string;
  /** where the browser goes to start the login (a full-page navigation) */
  href: string;
}

export const SPID_INFO_URL = 'https://www.spid.gov.it/';
export const SPID_REQUEST_URL = 'https://www.spid.gov.it/cos-e-spid/come-attivare-spid/';
export const SPID_HELP_URL = 'https://www.spid.gov.it/serve-aiuto';

/**
 * "Entra con SPID", styled after the official spid-sp-access-button: a blue button that discloses the list of
 * SPID identity providers, each a plain link. Disclosure pattern (not an ARIA menu): Tab walks the list,
 * Escape closes it and returns focus to the button, a click outside closes it.
 */
export function SpidButton({ providers }: { providers: readonly IdentityProviderLink[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = `${useId()}-spid-idps`;

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div className="spid-button" ref={rootRef} onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className="spid-button__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span className="spid-button__icon">
          <SpidIcon />
        </span>
        <span className="spid-button__text">{t('login.spid.button')}</span>
      </button>
      <div id={panelId} className="spid-button__panel" hidden={!open}>
        <ul className="spid-button__idps" aria-label={t('login.spid.providersLabel')}>
          {providers.map((p) => (
            <li key={p.id}>
              <a className="spid-button__idp" href={p.href}>
                {p.displayName}
              </a>
            </li>
          ))}
        </ul>
        <ul className="spid-button__info">
          <li>
            <a href={SPID_INFO_URL}>{t('login.spid.moreInfo')}</a>
          </li>
          <li>
            <a href={SPID_REQUEST_URL}>{t('login.spid.noSpid')}</a>
          </li>
          <li>
            <a href={SPID_HELP_URL}>{t('login.spid.help')}</a>
          </li>
        </ul>
      </div>
    </div>
  );
}
