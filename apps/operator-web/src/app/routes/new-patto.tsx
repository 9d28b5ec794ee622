import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCreatePatto } from '../../features/patto/api/use-create-patto';
import { usePattoTemplates } from '../../features/patto/api/use-patto-templates';
import { usePersonOverview } from '../../features/patto/api/use-person-overview';
import { PattoForm } from '../../features/patto/components/patto-form';
import type { PattoNotice } from '../../features/patto/patto-notice';
import { paths } from '../paths';

/** /cittadini/:citizenId/patto/nuovo: a new patto di servizio, from the template of the person's GOL pathway. */
export function NewPattoRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('patto.newTitle'));
  const { citizenId = '' } = useParams();
  const navigate = useNavigate();
  const overview = usePersonOverview(citizenId);
  const templates = usePattoTemplates();
  const create = useCreatePatto();
  const formId = useId();
  const chosenPathway = overview.data?.profiling?.chosenPathway;

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{t('patto.newTitle')}</h1>
        {overview.isPending || templates.isPending ? (
          <Loading />
        ) : overview.isError ? (
          <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ) : templates.isError ? (
          <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <>
            <p>
              <Link to={paths.pathway(citizenId)}>{t('patto.backToPerson', { name: overview.data.name })}</Link>
            </p>
            <p className="lead">{t('patto.newIntro')}</p>
            {!chosenPathway && <p className="alert alert-warning">{t('patto.noPathway')}</p>}
            <section aria-labelledby={formId}>
              <h2 id={formId}>{t('patto.form.title')}</h2>
              <PattoForm
                templates={templates.data.items}
                defaultPathway={chosenPathway ?? overview.data.profiling?.suggestedPathway}
                error={create.error}
                pending={create.isPending}
                onSubmit={(content) =>
                  create.mutate({ citizenId, ...content }, { onSuccess: (patto) => void navigate(paths.patto(patto.id), { state: { notice: 'saved' satisfies PattoNotice } }) })
                }
              />
            </section>
          </>
        )}
      </div>
    </div>
  );
}
