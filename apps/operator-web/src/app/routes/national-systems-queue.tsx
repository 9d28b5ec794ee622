import type { NationalSystemsSendState } from '@opencpi/contracts';
import { Loading, ProblemAlert, SelectField, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageLinks } from '../../features/condizionalita/components/page-links';
import { isOneOf } from '../../features/condizionalita/condizionalita-options';
import { condizionalitaPaths } from '../../features/condizionalita/condizionalita-paths';
import { useIsManager } from '../../features/condizionalita/hooks/use-is-manager';
import { SENDS_PAGE, useNationalSystemsSends } from '../../features/national-systems/api/use-national-systems-sends';
import { DeadLettersSection } from '../../features/national-systems/components/dead-letters-section';
import { SendsTable } from '../../features/national-systems/components/sends-table';

const STATES = ['waiting', 'failed', 'sent'] as const satisfies readonly NationalSystemsSendState[];

/** The queue of sends in one state, with its filter and pages (rendered for managers only: the API refuses others). */
function SendsQueue() {
  const { t } = useTranslation('operator');
  const [params, setParams] = useSearchParams();
  const raw = params.get('stato');
  const state: NationalSystemsSendState = isOneOf(STATES, raw) ? raw : 'waiting';
  const offset = Math.max(0, Math.trunc(Number(params.get('da') ?? '0')) || 0);
  const sends = useNationalSystemsSends(state, offset);
  const href = (next: number) => `?${new URLSearchParams({ stato: state, ...(next > 0 ? { da: String(next) } : {}) }).toString()}`;
  return (
    <>
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('condizionalita.queue.state')} value={state} onChange={(e) => setParams({ stato: e.target.value })}>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`condizionalita.queue.states.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div aria-live="polite" aria-busy={sends.isFetching}>
        {sends.isPending ? (
          <Loading />
        ) : sends.isError ? (
          <ProblemAlert error={sends.error} onRetry={() => void sends.refetch()} />
        ) : (
          <>
            <p>{t('condizionalita.queue.count', { total: sends.data.total })}</p>
            <SendsTable items={sends.data.items} state={state} />
            <PageLinks total={sends.data.total} limit={sends.data.limit || SENDS_PAGE} offset={sends.data.offset} href={href} label={t('condizionalita.queue.pages')} />
          </>
        )}
      </div>
    </>
  );
}

/** /condizionalita/invii (managers): the sends to INPS / SIISL by state, and the undelivered events with "Riprova". */
export function NationalSystemsQueueRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('condizionalita.queue.title'));
  const isManager = useIsManager();
  return (
    <>
      <h1>{t('condizionalita.queue.title')}</h1>
      <p className="lead">{t('condizionalita.queue.intro')}</p>
      {!isManager ? (
        <p className="alert alert-warning">{t('condizionalita.queue.managersOnly')}</p>
      ) : (
        <>
          <SendsQueue />
          <DeadLettersSection />
        </>
      )}
      <p className="mt-5">
        <Link to={condizionalitaPaths.cases}>{t('condizionalita.case.back')}</Link>
      </p>
    </>
  );
}
