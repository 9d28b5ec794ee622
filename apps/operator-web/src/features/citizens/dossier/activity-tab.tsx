import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimelineSection } from '../../reserved-area/components/timeline-section';
import { useAuditPage } from '../api/use-audit-page';
import { AuditTrailTable } from '../components/audit-trail-table';

/** records per page of the access log */
export const AUDIT_PAGE_SIZE = 20;

/** "Attività": the pathway's history (dossier module), then the access log in words, one page at a time. */
export function ActivityTab({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const auditId = useId();
  // the cursors of the pages opened so far: [undefined] = the first (newest) page
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const page = useAuditPage(citizenId, before ? { limit: AUDIT_PAGE_SIZE, before } : { limit: AUDIT_PAGE_SIZE });
  const nextCursor = page.data?.nextCursor;

  return (
    <>
      <TimelineSection citizenId={citizenId} />
      <section className="section-block" aria-labelledby={auditId}>
        <h2 id={auditId}>{t('dossier.audit.title')}</h2>
        <p>{t('dossier.audit.intro')}</p>
        {page.isPending ? (
          <Loading />
        ) : page.isError ? (
          <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />
        ) : (
          <div aria-busy={page.isFetching}>
            <p className="fw-semibold" aria-live="polite">
              {t('dossierView.activity.page', { page: cursors.length })}
            </p>
            <AuditTrailTable events={page.data.items} />
            {(cursors.length > 1 || nextCursor) && (
              <nav aria-label={t('dossierView.activity.pagination')} className="d-flex flex-wrap gap-3 mt-3">
                {cursors.length > 1 && (
                  <button type="button" className="btn btn-outline-primary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                    {t('dossierView.activity.newer')}
                  </button>
                )}
                {nextCursor && (
                  <button type="button" className="btn btn-outline-primary" onClick={() => setCursors((c) => [...c, nextCursor])}>
                    {t('dossierView.activity.older')}
                  </button>
                )}
              </nav>
            )}
          </div>
        )}
      </section>
    </>
  );
}
