import { IVC_CASE_STATES, type IvcCaseState } from '@opencpi/contracts/browser';
import { Loading, ProblemAlert, SelectField, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useIvcCases } from '../../features/ivc/api/use-ivc-cases';
import { IvcCasesTable } from '../../features/ivc/components/ivc-cases-table';
import { useIvcRoles } from '../../features/ivc/hooks/use-ivc-roles';
import { ivcPaths } from '../../features/ivc/ivc-paths';

const isState = (value: string | null): value is IvcCaseState => IVC_CASE_STATES.includes(value as IvcCaseState);

/** /validazione-competenze: the requests for validation of my offices, filtered by state (kept in the URL). */
export function IvcCasesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('ivc.cases.title'));
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('stato');
  const state = isState(stateParam) ? stateParam : undefined;
  const roles = useIvcRoles();
  const cases = useIvcCases(state);
  return (
    <>
      <h1>{t('ivc.cases.title')}</h1>
      <p className="lead">{t('ivc.cases.intro')}</p>
      {roles.assessor && (
        <p>
          <Link to={ivcPaths.assessments}>{t('ivc.cases.assessmentsLink')}</Link>
        </p>
      )}
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('ivc.cases.filter')} value={state ?? ''} onChange={(e) => setParams(e.target.value ? { stato: e.target.value } : {})}>
            <option value="">{t('ivc.cases.allStates')}</option>
            {IVC_CASE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`ivc.states.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div aria-live="polite" aria-busy={cases.isFetching}>
        {cases.isPending ? (
          <Loading />
        ) : cases.isError ? (
          <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
        ) : (
          <IvcCasesTable items={cases.data.items} caption={t('ivc.cases.caption')} empty={t('ivc.cases.empty')} />
        )}
      </div>
    </>
  );
}
