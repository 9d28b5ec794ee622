import type { PersonOverviewResponse, ProfilingResponse } from '@opencpi/contracts';
import { localeOf, useFormatters } from '@opencpi/i18n';
import { DataTable, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunProfiling } from '../api/use-run-profiling';
import { usePattoLabels } from '../hooks/use-patto-labels';
import { AssessmentForm } from './assessment-form';

/** The index as a whole percentage: 0.4237 → 42. */
const percent = (index: number) => Math.round(index * 100);

/** The computed index, its model and the factors behind it (their contribution, signed, two decimals). */
function ProfilingResult({ profiling }: { profiling: ProfilingResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const signed = new Intl.NumberFormat(localeOf(f.language), { signDisplay: 'always', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <>
      <p className="h4">{t('profiling.index', { percent: percent(profiling.index) })}</p>
      <p className="mb-1">{t('profiling.model', { version: profiling.modelVersion, date: f.dateTime(profiling.computedAt) })}</p>
      {/* `profiling.modelNote` is the model's internal note for whoever maintains it (the coefficients are provisional and
          to be replaced by the national model's): documentation of the model, not something an operator acts on, so
          it is not shown (issue 17). */}
      {profiling.factors.length === 0 ? (
        <p>{t('profiling.noFactors')}</p>
      ) : (
        <>
          <DataTable caption={t('profiling.factorsCaption')} className="factors-table">
            <thead>
              <tr>
                <th scope="col">{t('profiling.columns.factor')}</th>
                <th scope="col">{t('profiling.columns.value')}</th>
                <th scope="col" className="text-end">
                  {t('profiling.columns.contribution')}
                </th>
              </tr>
            </thead>
            <tbody>
              {profiling.factors.map((factor) => (
                <tr key={factor.factor}>
                  <th scope="row" className="fw-normal">
                    {labels.factor(factor.factor)}
                  </th>
                  <td>{factor.value}</td>
                  <td className="text-end font-monospace">{signed.format(factor.contribution)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="small text-muted-aa">{t('profiling.contributionHint')}</p>
        </>
      )}
    </>
  );
}

/**
 * "Profilazione": computes the quantitative index (needs an active DID), shows it with its factors, and the operator's
 * qualitative assessment, which chooses the GOL pathway.
 */
export function ProfilingSection({ person }: { person: PersonOverviewResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const run = useRunProfiling(person.citizenId);
  const headingId = useId();
  const assessmentId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<'computed' | 'saved' | undefined>();
  const { profiling } = person;

  const announce = (what: 'computed' | 'saved') => {
    setNotice(what);
    statusRef.current?.focus();
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profiling.title')}</h2>
      <p>{t('profiling.intro')}</p>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {notice === 'computed' && <p className="alert alert-success">{t('profiling.computed')}</p>}
        {notice === 'saved' && <p className="alert alert-success">{t('profiling.assessment.saved')}</p>}
      </div>
      {run.isError && <ProblemAlert error={run.error} />}
      {profiling ? <ProfilingResult profiling={profiling} /> : <p>{t('profiling.notYet')}</p>}
      {person.did ? (
        <p>
          <button
            type="button"
            className={profiling ? 'btn btn-outline-primary' : 'btn btn-primary'}
            disabled={run.isPending}
            aria-busy={run.isPending}
            onClick={() => {
              setNotice(undefined);
              run.mutate(undefined, { onSuccess: () => announce('computed') });
            }}
          >
            {t('profiling.run')}
          </button>
        </p>
      ) : (
        <p>{t('profiling.needsDid')}</p>
      )}

      <section aria-labelledby={assessmentId} className="mt-4">
        <h3 id={assessmentId}>{t('profiling.assessment.title')}</h3>
        {profiling ? (
          <>
            {profiling.assessedAt && profiling.assessedBy && (
              <p className="small text-muted-aa">{t('profiling.assessment.assessedBy', { name: profiling.assessedBy, date: f.dateTime(profiling.assessedAt) })}</p>
            )}
            <AssessmentForm key={profiling.id} citizenId={person.citizenId} profiling={profiling} onSaved={() => announce('saved')} />
          </>
        ) : (
          <p>{t('profiling.assessment.needsProfiling')}</p>
        )}
      </section>
    </section>
  );
}
