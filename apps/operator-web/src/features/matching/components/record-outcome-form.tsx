import type { OutcomeResponse } from '@opencpi/contracts';
import { RecordOutcomeBody } from '@opencpi/contracts/browser';
import { DataTable, FormSelectField, FormShell, FormTextField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordOutcome } from '../api/use-record-outcome';
import { useExplanationLabels } from '../hooks/use-explanation-labels';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { OUTCOMES } from '../matching-options';
import type { ShortlistRowProps } from './invite-interview-form';

const AMOUNT = /^\d+([.,]\d{1,2})?$/;

interface OutcomeValues {
  outcome: string;
  justifiedReason: string;
  monthlyBenefit: string;
}

/** The body; the reason and the benefit go only with a refused offer, and only when written. */
const toBody = (v: OutcomeValues): RecordOutcomeBody => {
  const refused = v.outcome === 'offer_refused';
  const reason = v.justifiedReason.trim();
  const amount = v.monthlyBenefit.trim();
  return {
    outcome: v.outcome as RecordOutcomeBody['outcome'],
    ...(refused && reason !== '' ? { justifiedReason: reason } : {}),
    ...(refused && amount !== '' ? { monthlyBenefit: AMOUNT.test(amount) ? Number(amount.replace(',', '.')) : Number.NaN } : {}),
  };
};

/** The congruity checks of a refused offer: each rule, whether it was met, the detail and its source. */
function CongruityChecks({ result }: { result: OutcomeResponse }) {
  const { t } = useTranslation('operator');
  const explain = useExplanationLabels();
  const checks = result.checks ?? [];
  return (
    <>
      {checks.length > 0 && (
        <DataTable caption={t('matching.shortlist.outcome.checksCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('matching.shortlist.outcome.columns.rule')}</th>
              <th scope="col">{t('matching.shortlist.outcome.columns.passed')}</th>
              <th scope="col">{t('matching.shortlist.outcome.columns.detail')}</th>
              <th scope="col">{t('matching.shortlist.outcome.columns.source')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check, i) => (
              <tr key={`${check.rule}-${i}`}>
                <th scope="row">{explain.congruityRule(check.rule)}</th>
                <td>{check.passed ? t('matching.shortlist.outcome.passed') : t('matching.shortlist.outcome.failed')}</td>
                <td>{explain.congruityDetail(check)}</td>
                <td>{check.verified ? check.source : t('matching.shortlist.outcome.unverified', { source: check.source })}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {result.congruous !== undefined && (
        <p className="fw-semibold">{result.congruous ? t('matching.shortlist.outcome.congruous') : t('matching.shortlist.outcome.notCongruous')}</p>
      )}
    </>
  );
}

/**
 * "Esito": interview, hired, not selected or offer refused (RecordOutcomeBody). A refused offer may carry the
 * justified reason and the last monthly benefit; the answer says whether the offer was congruous (with the checks)
 * and whether the refusal was passed on to the conditionality module.
 */
export function RecordOutcomeForm({ vacancyId, applicationId, name }: ShortlistRowProps) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const headingId = useId();
  const record = useRecordOutcome(vacancyId);
  const [result, setResult] = useState<OutcomeResponse | undefined>();
  const form = useDtoForm<OutcomeValues, RecordOutcomeBody>({
    dto: RecordOutcomeBody,
    toBody,
    defaultValues: { outcome: '', justifiedReason: '', monthlyBenefit: '' },
    serverError: record.error,
  });
  const refused = form.watch('outcome') === 'offer_refused';

  const onValid = (values: OutcomeValues) => {
    setResult(undefined);
    record.mutate({ applicationId, body: toBody(values) }, { onSuccess: setResult });
  };

  return (
    <>
      <FormShell
        form={form}
        aria-labelledby={headingId}
        messages={(field) => t(`matching.shortlist.outcome.errors.${field}` as 'matching.shortlist.outcome.errors.outcome')}
        onValid={onValid}
      >
        <h3 id={headingId}>{t('matching.shortlist.outcome.title')}</h3>
        {record.isError && <ProblemAlert error={record.error} />}
        <FormSelectField name="outcome" label={t('matching.shortlist.outcome.outcome', { name })} required>
          <option value="">{t('matching.shortlist.outcome.choose')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {labels.outcome(o)}
            </option>
          ))}
        </FormSelectField>
        {refused && (
          <>
            <FormTextField
              name="justifiedReason"
              label={t('matching.shortlist.outcome.justifiedReason')}
              hint={t('matching.shortlist.outcome.justifiedReasonHint')}
              maxLength={500}
            />
            <FormTextField
              name="monthlyBenefit"
              type="number"
              label={t('matching.shortlist.outcome.monthlyBenefit')}
              hint={t('matching.shortlist.outcome.monthlyBenefitHint')}
              min={0}
              max={10000}
              step={0.01}
              inputMode="decimal"
            />
          </>
        )}
        <button type="submit" className="btn btn-primary btn-sm" disabled={record.isPending} aria-busy={record.isPending}>
          {t('matching.shortlist.outcome.submit', { name })}
        </button>
        <div role="status" className="mt-2">
          {result && <p className="alert alert-success mb-0">{t('matching.shortlist.outcome.recorded')}</p>}
        </div>
      </FormShell>
      {result && <CongruityChecks result={result} />}
      <div role="status">{result?.eventPublished && <p className="alert alert-info">{t('matching.shortlist.outcome.eventPublished')}</p>}</div>
    </>
  );
}
