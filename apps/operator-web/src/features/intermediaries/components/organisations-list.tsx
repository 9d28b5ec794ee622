import { Loading, ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useRegionIntermediaries } from '../api/use-region-intermediaries';
import { AddOperatorForm } from './add-operator-form';

/** The region's organisations, each with its operators and the form to add one. */
export function OrganisationsList() {
  const { t } = useTranslation('operator');
  const register = useRegionIntermediaries();
  if (register.isPending) return <Loading />;
  if (register.isError) return <ProblemAlert error={register.error} onRetry={() => void register.refetch()} />;
  if (register.data.items.length === 0) return <p>{t('intermediaries.register.none')}</p>;
  return (
    <ul className="list-unstyled">
      {register.data.items.map((o) => (
        <li key={o.id} className="card card-bg mb-3">
          <div className="card-body">
            <h2 className="h5 card-title">
              {o.name} ({t(`intermediaries.kinds.${o.kind as 'caf'}`)})
            </h2>
            <p>{t('intermediaries.register.fiscalCode', { code: o.fiscalCode })}</p>
            <h3 className="h6">{t('intermediaries.register.operators')}</h3>
            {o.operators.length === 0 ? (
              <p>{t('intermediaries.register.noOperators')}</p>
            ) : (
              <ul>
                {o.operators.map((p) => (
                  <li key={p.id}>
                    {p.givenName} {p.familyName} ({p.fiscalCode})
                  </li>
                ))}
              </ul>
            )}
            <AddOperatorForm organisationId={o.id} organisationName={o.name} />
          </div>
        </li>
      ))}
    </ul>
  );
}
