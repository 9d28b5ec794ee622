import { ApiProblem } from '@opencpi/api-client';
import type { VacancyBody, VacancyResponse } from '@opencpi/contracts';
import { DataList, ProblemAlert, type DataListItem } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseCompanyVacancy } from '../api/use-close-company-vacancy';
import { usePublishCompanyVacancy } from '../api/use-publish-company-vacancy';
import { useUpdateCompanyVacancy } from '../api/use-update-company-vacancy';
import { useImpreseLabels } from '../imprese-labels';
import { CandidateSearchSection } from './candidate-search-section';
import { SharedCandidatesSection } from './shared-candidates-section';
import { VacancyDetailsSection } from './vacancy-details-section';
import { VacancyFlagsSection } from './vacancy-flags-section';
import { VacancyForm } from './vacancy-form';

/**
 * One vacancy of the company: its status and the CPI's check, the requirements to fix (if any), then
 * a draft: the form ("Salva la bozza") and "Pubblica l'offerta";
 * published: the details, "Chiudi l'offerta" and the candidates the CPI proposed;
 * closed: the details and the candidates.
 */
export function VacancyView({ vacancy, onPublished, onClosed }: { vacancy: VacancyResponse; onPublished: () => void; onClosed: () => void }) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();

  const summary: DataListItem[] = [
    { label: t('imprese.detail.status'), value: labels.status(vacancy.status) },
    { label: t('imprese.detail.moderation'), value: labels.moderation(vacancy.moderation) },
    ...(vacancy.moderationNote ? [{ label: t('imprese.detail.moderationNote'), value: vacancy.moderationNote }] : []),
  ];

  return (
    <>
      <DataList items={summary} className="imprese-summary" />
      <VacancyFlagsSection flags={vacancy.flags} />
      {vacancy.status === 'draft' ? (
        <>
          <DraftForm key={vacancy.id} vacancy={vacancy} />
          <PublishSection vacancy={vacancy} onPublished={onPublished} />
        </>
      ) : (
        <>
          <VacancyDetailsSection vacancy={vacancy} />
          {vacancy.status === 'published' && <CloseAction vacancy={vacancy} onClosed={onClosed} />}
          <SharedCandidatesSection vacancyId={vacancy.id} />
          {vacancy.status === 'published' && <CandidateSearchSection vacancyId={vacancy.id} />}
        </>
      )}
    </>
  );
}

/** The draft's form: "Salva la bozza" saves it (PUT), the page reads it again and says "Bozza salvata.". */
function DraftForm({ vacancy }: { vacancy: VacancyResponse }) {
  const update = useUpdateCompanyVacancy();
  return (
    <section className="section-block">
      <VacancyForm
        initial={vacancy}
        saving={update.isPending}
        error={update.error}
        saved={update.isSuccess}
        onSave={(body: VacancyBody) => update.mutateAsync({ vacancyId: vacancy.id, body })}
      />
    </section>
  );
}

/** "Pubblica l'offerta": refused (VACANCY_FLAGGED) while a requirement of the list above remains; then the list is read again. */
function PublishSection({ vacancy, onPublished }: { vacancy: VacancyResponse; onPublished: () => void }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const publish = usePublishCompanyVacancy();
  const flagged = publish.error instanceof ApiProblem && publish.error.code === 'VACANCY_FLAGGED';
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('imprese.detail.publish.title')}</h2>
      <p>{t('imprese.detail.publish.text')}</p>
      {publish.isError && <ProblemAlert error={publish.error}>{flagged && <p className="mb-0 mt-2">{t('imprese.detail.publish.flagged')}</p>}</ProblemAlert>}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary form-submit"
          aria-busy={publish.isPending}
          onClick={() => {
            if (publish.isPending) return;
            publish.mutate(vacancy.id, { onSuccess: () => onPublished() });
          }}
        >
          {publish.isPending ? t('imprese.detail.publish.submitting') : t('imprese.detail.publish.submit')}
        </button>
      </div>
    </section>
  );
}

/** "Chiudi l'offerta": the vacancy is no longer offered to citizens. */
function CloseAction({ vacancy, onClosed }: { vacancy: VacancyResponse; onClosed: () => void }) {
  const { t } = useTranslation('citizen');
  const close = useCloseCompanyVacancy();
  return (
    <div className="mt-4">
      {close.isError && <ProblemAlert error={close.error} />}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-outline-primary form-submit"
          aria-busy={close.isPending}
          onClick={() => {
            if (close.isPending) return;
            close.mutate(vacancy.id, { onSuccess: () => onClosed() });
          }}
        >
          {close.isPending ? t('imprese.detail.close.submitting') : t('imprese.detail.close.submit')}
        </button>
      </div>
    </div>
  );
}
