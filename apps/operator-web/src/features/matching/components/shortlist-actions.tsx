import type { CandidateResponse, OutcomeResponse, RecordOutcomeBody } from '@opencpi/contracts';
import { DataTable, ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { useInviteToInterview } from '../api/use-invite-to-interview';
import { useRecordOutcome } from '../api/use-record-outcome';
import { useExplanationLabels } from '../hooks/use-explanation-labels';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { OUTCOMES, isOutcome } from '../matching-options';

const AMOUNT = /^\d+([.,]\d{1,2})?$/;

/** `<input type="datetime-local">`'s value (local time of the browser) as an instant, or undefined when incomplete. */
function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

interface RowProps {
  vacancyId: string;
  applicationId: string;
  name: string;
}

/** "Invita a colloquio": date and time, place; the person receives the invitation. */
function InviteForm({ vacancyId, applicationId, name }: RowProps) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const invite = useInviteToInterview(vacancyId);
  const [at, setAt] = useState('');
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<{ at?: boolean; place?: boolean }>({});
  const [sent, setSent] = useState(false);
  const server = problemFields(invite.error);
  const atError = errors.at || server.has('/at') ? t('matching.shortlist.invite.errors.at') : undefined;
  const placeError = errors.place || server.has('/place') ? t('matching.shortlist.invite.errors.place') : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const iso = localToIso(at);
    const text = place.trim();
    const local = { at: !iso, place: text.length < 3 || text.length > 300 };
    setErrors(local);
    setSent(false);
    if (!iso || local.place) {
      invite.reset();
      return;
    }
    invite.mutate({ applicationId, body: { at: iso, place: text } }, { onSuccess: () => setSent(true) });
  };

  return (
    <form onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{t('matching.shortlist.invite.title')}</h3>
      {invite.isError && <ProblemAlert error={invite.error} />}
      <TextField type="datetime-local" label={t('matching.shortlist.invite.at')} value={at} error={atError} onChange={(e) => setAt(e.target.value)} required />
      <TextField
        label={t('matching.shortlist.invite.place')}
        hint={t('matching.shortlist.invite.placeHint')}
        value={place}
        error={placeError}
        onChange={(e) => setPlace(e.target.value)}
        required
        minLength={3}
        maxLength={300}
      />
      <button type="submit" className="btn btn-primary btn-sm" disabled={invite.isPending} aria-busy={invite.isPending}>
        {t('matching.shortlist.invite.submit', { name })}
      </button>
      <div role="status" className="mt-2">
        {sent && <p className="alert alert-success mb-0">{t('matching.shortlist.invite.sent')}</p>}
      </div>
    </form>
  );
}

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
 * "Esito": interview, hired, not selected or offer refused. A refused offer may carry the justified reason and the
 * last monthly benefit; the answer says whether the offer was congruous (with the checks) and whether the refusal
 * was passed on to the conditionality module.
 */
function OutcomeForm({ vacancyId, applicationId, name }: RowProps) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const headingId = useId();
  const record = useRecordOutcome(vacancyId);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [benefit, setBenefit] = useState('');
  const [errors, setErrors] = useState<{ outcome?: boolean; justifiedReason?: boolean; monthlyBenefit?: boolean }>({});
  const [result, setResult] = useState<OutcomeResponse | undefined>();
  const server = problemFields(record.error);
  const refused = outcome === 'offer_refused';
  const errorOf = (field: 'outcome' | 'justifiedReason' | 'monthlyBenefit') =>
    errors[field] || server.has(`/${field}`) ? t(`matching.shortlist.outcome.errors.${field}`) : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = reason.trim();
    const amount = benefit.trim();
    const local = {
      outcome: !isOutcome(outcome),
      justifiedReason: refused && text !== '' && (text.length < 3 || text.length > 500),
      monthlyBenefit: refused && amount !== '' && (!AMOUNT.test(amount) || Number(amount.replace(',', '.')) > 10000),
    };
    setErrors(local);
    setResult(undefined);
    if (!isOutcome(outcome) || local.justifiedReason || local.monthlyBenefit) {
      record.reset();
      return;
    }
    const body: RecordOutcomeBody = {
      outcome,
      ...(refused && text !== '' ? { justifiedReason: text } : {}),
      ...(refused && amount !== '' ? { monthlyBenefit: Number(amount.replace(',', '.')) } : {}),
    };
    record.mutate({ applicationId, body }, { onSuccess: setResult });
  };

  return (
    <>
      <form onSubmit={submit} aria-labelledby={headingId} noValidate>
        <h3 id={headingId}>{t('matching.shortlist.outcome.title')}</h3>
        {record.isError && <ProblemAlert error={record.error} />}
        <SelectField label={t('matching.shortlist.outcome.outcome', { name })} value={outcome} error={errorOf('outcome')} onChange={(e) => setOutcome(e.target.value)} required>
          <option value="">{t('matching.shortlist.outcome.choose')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {labels.outcome(o)}
            </option>
          ))}
        </SelectField>
        {refused && (
          <>
            <TextField
              label={t('matching.shortlist.outcome.justifiedReason')}
              hint={t('matching.shortlist.outcome.justifiedReasonHint')}
              value={reason}
              error={errorOf('justifiedReason')}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
            />
            <TextField
              type="number"
              label={t('matching.shortlist.outcome.monthlyBenefit')}
              hint={t('matching.shortlist.outcome.monthlyBenefitHint')}
              value={benefit}
              error={errorOf('monthlyBenefit')}
              onChange={(e) => setBenefit(e.target.value)}
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
      </form>
      {result && <CongruityChecks result={result} />}
      <div role="status">{result?.eventPublished && <p className="alert alert-info">{t('matching.shortlist.outcome.eventPublished')}</p>}</div>
    </>
  );
}

/** The actions on one person of the shortlist, in a disclosure: invite to an interview, record the outcome. */
export function ShortlistActions({ vacancyId, candidate }: { vacancyId: string; candidate: CandidateResponse }) {
  const { t } = useTranslation('operator');
  if (!candidate.applicationId) return <>{t('matching.shortlist.noApplication')}</>;
  const props: RowProps = { vacancyId, applicationId: candidate.applicationId, name: candidate.name };
  return (
    <details className="shortlist-actions">
      <summary>{t('matching.shortlist.actions', { name: candidate.name })}</summary>
      <div className="shortlist-actions__body">
        <InviteForm {...props} />
        <OutcomeForm {...props} />
      </div>
    </details>
  );
}
