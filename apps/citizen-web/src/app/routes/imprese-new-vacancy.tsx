import type { VacancyBody } from '@opencpi/contracts';
import { useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCreateCompanyVacancy } from '../../features/imprese/api/use-create-company-vacancy';
import { BackToVacancies } from '../../features/imprese/components/back-to-vacancies';
import { VacancyForm } from '../../features/imprese/components/vacancy-form';
import { vacancyPath } from '../../features/imprese/imprese-paths';
import '../../features/imprese/imprese.css';

/** /imprese/offerte/nuova: "Nuova offerta di lavoro", the vacancy form; once saved as a draft, its page. */
export function ImpreseNewVacancyRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('imprese.create.title'));
  const create = useCreateCompanyVacancy();
  const navigate = useNavigate();

  const save = async (body: VacancyBody) => {
    const vacancy = await create.mutateAsync(body);
    navigate(vacancyPath(vacancy.id));
  };

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('imprese.create.title')}</h1>
        <p className="lead">{t('imprese.create.intro')}</p>
        <VacancyForm saving={create.isPending} error={create.error} onSave={save} />
        <BackToVacancies />
      </div>
    </div>
  );
}
