import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useConditionalityCases } from '../../features/condizionalita/api/use-conditionality-cases';
import { CasesFilters, type CaseFilterValues } from '../../features/condizionalita/components/cases-filters';
import { CasesTable } from '../../features/condizionalita/components/cases-table';
import { PageLinks } from '../../features/condizionalita/components/page-links';
import { BENEFITS, CASE_SORTS, CASE_STATES, isOneOf } from '../../features/condizionalita/condizionalita-options';
import { condizionalitaPaths } from '../../features/condizionalita/condizionalita-paths';
import { useIsManager } from '../../features/condizionalita/hooks/use-is-manager';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';

const LIMIT = 20;

/** The filters and page of the worklist, read from the URL (so Back from a case returns to the same list). */
function filtersOf(params: URLSearchParams): CaseFilterValues & { offset: number } {
  const state = params.get('stato');
  const benefit = params.get('sostegno');
  const sort = params.get('ordine');
  return {
    state: isOneOf(CASE_STATES, state) ? state : '',
    officeId: params.get('ufficio') ?? '',
    benefit: isOneOf(BENEFITS, benefit) ? benefit : '',
    sort: isOneOf(CASE_SORTS, sort) ? sort : 'deadline',
    offset: Math.max(0, Math.trunc(Number(params.get('da') ?? '0')) || 0),
  };
}

function searchOf(v: CaseFilterValues, offset: number): URLSearchParams {
  const next = new URLSearchParams();
  if (v.state) next.set('stato', v.state);
  if (v.officeId) next.set('ufficio', v.officeId);
  if (v.benefit) next.set('sostegno', v.benefit);
  if (v.sort !== 'deadline') next.set('ordine', v.sort);
  if (offset > 0) next.set('da', String(offset));
  return next;
}

/** /condizionalita: the cases of my offices, by deadline, filtered by state, office and benefit; paged. */
export function CondizionalitaCasesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('condizionalita.worklist.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const me = useStaffProfile();
  const isManager = useIsManager();
  const cases = useConditionalityCases({
    state: filters.state || undefined,
    officeId: filters.officeId || undefined,
    benefit: filters.benefit || undefined,
    sort: filters.sort,
    limit: LIMIT,
    offset: filters.offset,
  });

  return (
    <>
      <h1>{t('condizionalita.worklist.title')}</h1>
      <p className="lead">{t('condizionalita.worklist.intro')}</p>
      {isManager && (
        <p>
          <Link to={condizionalitaPaths.queue}>{t('condizionalita.worklist.queueLink')}</Link>
        </p>
      )}
      <CasesFilters value={filters} offices={me.data?.offices ?? []} onChange={(v) => setParams(searchOf(v, 0))} />
      <div aria-live="polite" aria-busy={cases.isFetching}>
        {cases.isPending ? (
          <Loading />
        ) : cases.isError ? (
          <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <>
            <p>{t('condizionalita.worklist.count', { total: cases.data.total })}</p>
            <CasesTable items={cases.data.items} />
            <PageLinks
              total={cases.data.total}
              limit={cases.data.limit || LIMIT}
              offset={cases.data.offset}
              href={(offset) => `?${searchOf(filters, offset).toString()}`}
              label={t('condizionalita.worklist.pages')}
            />
          </>
        )}
      </div>
    </>
  );
}
