import { useTranslation } from 'react-i18next';
import { useMyPatti } from '../../patto/api/use-my-patti';
import { usePattoLabels } from '../../patto/patto-labels';
import { pattoState } from '../../patto/patto-state';
import { DueDate } from '../../shared/components/due-date';
import { useDates } from '../../shared/hooks/use-dates';
import { StatusCard } from './status-card';

/**
 * The patto, by the state the patto page shows too (patto-state.ts): to sign → "Leggi e firma il patto" with its due
 * date ("Da firmare entro il …", "Scaduto il …" once past); signed; waiting.
 */
export function PattoCard() {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = usePattoLabels();
  const patti = useMyPatti();
  const state = pattoState(patti.data?.items[0]);
  const text = (() => {
    switch (state.kind) {
      case 'none':
        return t('home.patto.none');
      case 'drafting':
        return t('home.patto.drafting');
      case 'to_sign':
        return t('home.patto.toSign');
      case 'waiting_others':
        return t('home.patto.waiting', { date: dates.day(state.citizenSignedAt), parties: state.missing.map((p) => labels.party(p)).join(', ') });
      case 'signed':
        return t('home.patto.signed', { date: dates.day(state.signedAt) });
      case 'closed':
        return t('home.patto.closed');
    }
  })();
  const toSign = state.kind === 'to_sign';
  return (
    <StatusCard
      title={t('home.patto.title')}
      query={patti}
      tone={toSign ? 'attention' : undefined}
      action={
        state.kind === 'none' ? { to: '/appuntamenti/prenota', label: t('home.appointment.book') } : { to: '/patto', label: toSign ? t('home.patto.sign') : t('home.patto.view') }
      }
    >
      <p className={toSign ? 'fw-semibold' : undefined}>{text}</p>
      {state.kind === 'to_sign' && state.dueDate && (
        <p>
          <DueDate date={state.dueDate} dueKey="home.patto.signBy" />
        </p>
      )}
    </StatusCard>
  );
}
