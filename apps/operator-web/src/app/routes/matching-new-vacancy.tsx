import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCreateOperatorVacancy } from '../../features/matching/api/use-create-operator-vacancy';
import { VacancyForm } from '../../features/matching/components/vacancy-form';
import '../../features/matching/matching.css';
import type { VacancyNotice } from '../../features/matching/vacancy-notice';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { paths } from '../paths';

/** /offerte/nuova: an operator enters a vacancy for a company; saved as a draft, then its page opens. */
export function MatchingNewVacancyRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('matching.newVacancy.title'));
  const navigate = useNavigate();
  const me = useStaffProfile();
  const create = useCreateOperatorVacancy();
  const offices = me.data?.offices ?? [];

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{t('matching.newVacancy.title')}</h1>
        <p>
          <Link to={paths.vacancies}>{t('matching.newVacancy.back')}</Link>
        </p>
        <p className="lead">{t('matching.newVacancy.intro')}</p>
        {me.isPending ? (
          <Loading />
        ) : me.isError ? (
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        ) : offices.length === 0 ? (
          <p>{t('matching.noOffices')}</p>
        ) : (
          <VacancyForm
            offices={offices}
            error={create.error}
            pending={create.isPending}
            onSubmit={(body) =>
              create.mutate(body, {
                onSuccess: (vacancy) => void navigate(paths.vacancy(vacancy.id), { state: { notice: 'saved' satisfies VacancyNotice } }),
              })
            }
          />
        )}
      </div>
    </div>
  );
}
