import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyPatti } from '../../patto/api/use-my-patti';
import { pattoState } from '../../patto/patto-state';

/**
 * The plan's "no patto actions", told from the patto's own state (the patto module is the owner): a patto that waits
 * for signatures lists actions that join the plan only once every party has signed, so the plan says so and links to
 * the patto instead of "Non ci sono azioni del patto".
 */
export function PattoNotInForceNote() {
  const { t } = useTranslation('citizen');
  const patti = useMyPatti();
  const state = pattoState(patti.data?.items[0]);
  if ((state.kind === 'to_sign' || state.kind === 'waiting_others') && state.version.content.actions.length > 0) {
    return (
      <>
        <p>{t('home.plan.waitingPatto')}</p>
        <p>
          <Link to="/patto">{state.kind === 'to_sign' ? t('home.patto.sign') : t('home.patto.view')}</Link>
        </p>
      </>
    );
  }
  return <p>{t('plan.patto.empty')}</p>;
}
