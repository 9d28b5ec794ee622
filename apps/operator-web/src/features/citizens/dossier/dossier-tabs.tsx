import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIER_TABS, type DossierTab } from '../citizen-paths';

export interface DossierTabsProps {
  current: DossierTab;
  onChange: (tab: DossierTab) => void;
  /** the open tab's content (only that one is rendered, so only its data is read and audited) */
  children: ReactNode;
}

/**
 * The dossier's sections as a WAI-ARIA tablist (Bootstrap Italia's nav-tabs look): arrow keys, Home and End move
 * between tabs and open them; the open tab is in the URL (`?tab=`), so a link or Back reopens it.
 */
export function DossierTabs({ current, onChange, children }: DossierTabsProps) {
  const { t } = useTranslation('operator');
  const baseId = useId();
  const refs = useRef<Partial<Record<DossierTab, HTMLButtonElement | null>>>({});
  const tabId = (tab: DossierTab) => `${baseId}-tab-${tab}`;
  const panelId = `${baseId}-panel`;

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = DOSSIER_TABS.indexOf(current);
    const next =
      e.key === 'ArrowRight'
        ? DOSSIER_TABS[(i + 1) % DOSSIER_TABS.length]
        : e.key === 'ArrowLeft'
          ? DOSSIER_TABS[(i - 1 + DOSSIER_TABS.length) % DOSSIER_TABS.length]
          : e.key === 'Home'
            ? DOSSIER_TABS[0]
            : e.key === 'End'
              ? DOSSIER_TABS[DOSSIER_TABS.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="dossier-tabs mt-4">
      <div className="nav nav-tabs flex-nowrap overflow-auto" role="tablist" aria-label={t('dossierView.tabsLabel')}>
        {DOSSIER_TABS.map((tab) => {
          const selected = tab === current;
          return (
            <button
              key={tab}
              ref={(el) => {
                refs.current[tab] = el;
              }}
              type="button"
              role="tab"
              id={tabId(tab)}
              className={`nav-link text-nowrap${selected ? ' active' : ''}`}
              aria-selected={selected}
              aria-controls={selected ? panelId : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab)}
              onKeyDown={onKeyDown}
            >
              {t(`dossierView.tabs.${tab}`)}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(current)} tabIndex={0} className="pt-4">
        {children}
      </div>
    </div>
  );
}
