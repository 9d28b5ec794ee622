import type { MeasureSendStateResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { condizionalitaPaths } from '../condizionalita-paths';

/**
 * Where a measure stands with INPS: "Inviato all'INPS il …", "In attesa dell'INPS (dal …)", or "Invio non riuscito:
 * riprova" (managers get the link to the undelivered events, where the retry is).
 */
export function SendState({ send, canRetry }: { send: MeasureSendStateResponse | undefined; canRetry: boolean }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  if (!send || send.state === 'unknown') return <>{t('condizionalita.case.sendStates.unknown')}</>;
  const attempts = send.attempts ? <span className="d-block small">{t('condizionalita.case.sendStates.attempts', { count: send.attempts })}</span> : null;
  if (send.state === 'sent') return <strong>{t('condizionalita.case.sendStates.sent', { date: f.dateTime(send.sentAt) })}</strong>;
  if (send.state === 'failed') {
    return (
      <>
        <strong className="text-danger">{t('condizionalita.case.sendStates.failed')}</strong>
        {attempts}
        {canRetry && (
          <Link className="d-block" to={condizionalitaPaths.queue}>
            {t('condizionalita.case.sendStates.retryLink')}
          </Link>
        )}
      </>
    );
  }
  return (
    <>
      {send.since ? t('condizionalita.case.sendStates.waiting', { date: f.dateTime(send.since) }) : t('condizionalita.case.sendStates.waitingNoDate')}
      {attempts}
    </>
  );
}
