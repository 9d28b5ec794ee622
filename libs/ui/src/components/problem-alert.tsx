import { ApiProblem, type ApiErrorCode } from '@opencpi/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The translated message for any error: an ApiProblem by its code, anything else (or a code this build does not
 * know yet) as "unexpected error". The catalogue has a message for every ErrorCode (checked by the compiler there).
 */
export function useProblemMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const code = error instanceof ApiProblem ? error.code : 'UNKNOWN';
    const known = i18n.exists(`errors.codes.${code}`, { ns: 'common' }) ? (code as ApiErrorCode) : 'UNKNOWN';
    return t(`errors.codes.${known}`);
  };
}

/** The translated message for one field error (by its failed constraint), e.g. the `/fiscalCode` of a search. */
export function useFieldErrorMessage(): (problem: ApiProblem, ...fields: string[]) => string | undefined {
  const { t } = useTranslation();
  return (problem, ...fields) => {
    const fieldError = fields.map((f) => problem.fieldError(f)).find((e) => e !== undefined);
    if (!fieldError) return undefined;
    switch (fieldError.constraint) {
      case 'isFiscalCode':
        return t('errors.fields.isFiscalCode');
      case 'isLength':
      case 'length':
        return t('errors.fields.length');
      case 'matches':
        return t('errors.fields.matches');
      default:
        return t('errors.fields.default');
    }
  };
}

/**
 * An error box for a failed request: the message for its code, the correlation id to quote to the help desk,
 * and an optional "Riprova" button. Announced to screen readers (role="alert").
 */
export function ProblemAlert({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const correlationId = error instanceof ApiProblem ? error.correlationId : undefined;
  return (
    <div className="alert alert-danger problem-alert" role="alert">
      <p className="fw-semibold mb-1">{t('errors.title')}</p>
      <p className="mb-0">{message(error)}</p>
      {children}
      {correlationId && (
        <p className="small mb-0 mt-2">
          {t('errors.reference')} <span className="font-monospace user-select-all">{correlationId}</span>
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn btn-outline-primary btn-sm mt-3" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
