import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from 'design-react-kit';

export interface UserAreaProps {
  /** "Mario Rossi" */
  name: string;
  /** a second line, e.g. the operator's offices */
  details?: ReactNode;
  onLogout: () => void;
  loggingOut?: boolean;
}

/** Who is logged in and the "Esci" button, for the right zone of the header. */
export function UserArea({ name, details, onLogout, loggingOut = false }: UserAreaProps) {
  const { t } = useTranslation();
  return (
    <section className="user-area" aria-label={t('layout.userArea')}>
      <Icon icon="it-user" color="white" className="user-area__icon d-none d-sm-inline-block" aria-hidden="true" />
      <div className="user-area__who">
        <span className="visually-hidden">{t('layout.signedInAs')} </span>
        <span className="user-area__name">{name}</span>
        {details && <span className="user-area__details">{details}</span>}
      </div>
      <button type="button" className="btn btn-sm user-area__logout" onClick={onLogout} disabled={loggingOut} aria-busy={loggingOut}>
        {loggingOut ? t('layout.loggingOut') : t('layout.logout')}
      </button>
    </section>
  );
}
