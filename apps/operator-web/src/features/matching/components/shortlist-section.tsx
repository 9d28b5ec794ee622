import { DataTable, Loading, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSendShortlist } from '../api/use-send-shortlist';
import { useShortlist } from '../api/use-shortlist';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { ShortlistActions } from './shortlist-actions';
import { PersonLink } from '../../citizens/components/person-link';

/**
 * "Rosa dei candidati": each person with fit, consent and outcome, the actions on each (interview, outcome), and
 * "Invia la rosa all'azienda (anonima)".
 */
export function ShortlistSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const shortlist = useShortlist(vacancyId);
  const send = useSendShortlist(vacancyId);
  const [sent, setSent] = useState(false);
  const items = shortlist.data?.items ?? [];

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.shortlist.title')}</h2>
      <p>{t('matching.shortlist.intro')}</p>
      {shortlist.isPending ? (
        <Loading />
      ) : shortlist.isError ? (
        <ProblemAlert error={shortlist.error} onRetry={() => void shortlist.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('matching.shortlist.empty')}</p>
      ) : (
        <DataTable caption={t('matching.shortlist.caption')} className="matching-table">
          <thead>
            <tr>
              <th scope="col">{t('matching.shortlist.columns.person')}</th>
              <th scope="col">{t('matching.shortlist.columns.score')}</th>
              <th scope="col">{t('matching.shortlist.columns.consent')}</th>
              <th scope="col">{t('matching.shortlist.columns.outcome')}</th>
              <th scope="col">{t('matching.shortlist.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.citizenId}>
                <th scope="row">
                  <PersonLink citizenId={c.citizenId} className="d-block">
                    {c.name}
                  </PersonLink>
                  <span className="fiscal-code small fw-normal">{c.fiscalCode}</span>
                </th>
                <td className="text-nowrap">{labels.score(c.score)}</td>
                <td>{labels.consent(c.consent)}</td>
                <td>{labels.outcome(c.outcome)}</td>
                <td>
                  <ShortlistActions vacancyId={vacancyId} candidate={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {send.isError && <ProblemAlert error={send.error} />}
      <button
        type="button"
        className="btn btn-primary"
        disabled={items.length === 0 || send.isPending}
        aria-busy={send.isPending}
        onClick={() => {
          setSent(false);
          send.mutate(undefined, {
            onSuccess: () => {
              setSent(true);
              statusRef.current?.focus();
            },
          });
        }}
      >
        {t('matching.shortlist.send')}
      </button>
      <div ref={statusRef} role="status" tabIndex={-1} className="mt-3">
        {sent && <p className="alert alert-success">{t('matching.shortlist.sent')}</p>}
      </div>
    </section>
  );
}
