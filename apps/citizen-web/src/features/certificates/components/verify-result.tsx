import { ApiProblem } from '@opencpi/api-client';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useVerifyCode } from '../api/use-verify-code';
import { PrintedData } from './printed-data';

/** The answer for a code: "Autentico", "Revocato" (with the date) or "Non trovato"; what the certificate prints. */
export function VerifyResult({ code }: { code: string }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const q = useVerifyCode(code);
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiProblem && (q.error.status === 404 || q.error.status === 400))
      return (
        <div className="alert alert-danger" role="status">
          <p className="h3">{t('certificates.verify.notFound')}</p>
          <p className="mb-0">{t('certificates.verify.notFoundText')}</p>
        </div>
      );
    return <ProblemAlert error={q.error} onRetry={() => void q.refetch()} />;
  }
  const c = q.data;
  const revoked = c.outcome === 'revoked';
  return (
    <div className={`alert ${revoked ? 'alert-danger' : 'alert-success'}`} role="status">
      <p className="h3">{revoked ? t('certificates.verify.revoked') : t('certificates.verify.authentic')}</p>
      <p>{revoked ? t('certificates.verify.revokedText', { issuer: c.issuer, date: dates.day(c.revokedAt) }) : t('certificates.verify.authenticText', { issuer: c.issuer })}</p>
      <h2 className="h4">{t('certificates.verify.printed')}</h2>
      <PrintedData c={c} />
    </div>
  );
}
