import type { CredentialVerificationResultResponse } from '@opencpi/contracts';
import { DataList, type DataListItem } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

type Result = 'valid' | 'revoked' | 'expired' | 'tampered' | 'untrusted_issuer' | 'invalid';
type Check = 'structure' | 'context' | 'issuer_trust' | 'signature' | 'validity_period' | 'status';

/** The answer of a credential check: the result in words, the failed check, the checks done, what the badge says. */
export function CredentialResult({ r }: { r: CredentialVerificationResultResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const checksId = useId();
  const result = r.result as Result;
  const valid = result === 'valid';
  const b = r.badge;
  const items: DataListItem[] = b
    ? [
        { label: t('credentials.verify.name'), value: b.name },
        { label: t('credentials.verify.issuer'), value: b.issuerName ? `${b.issuerName} (${b.issuerId ?? ''})` : b.issuerId },
        {
          label: t('credentials.verify.achievement'),
          value: b.achievementName && (
            <>
              {b.achievementName}
              {b.achievementDescription && <span className="d-block">{b.achievementDescription}</span>}
            </>
          ),
        },
        { label: t('credentials.verify.criteria'), value: b.criteria },
        { label: t('credentials.verify.validFrom'), value: b.validFrom && dates.day(b.validFrom) },
        ...(b.validUntil ? [{ label: t('credentials.verify.validUntil'), value: dates.day(b.validUntil) }] : []),
        ...(b.alignments.length
          ? [
              {
                label: t('credentials.verify.alignments'),
                value: (
                  <ul className="list-unstyled mb-0">
                    {b.alignments.map((a) => (
                      <li key={`${a.targetUrl}-${a.targetName}`}>
                        {a.targetName}
                        {a.targetCode && ` (${a.targetCode})`}
                        {a.targetFramework && ` - ${a.targetFramework}`}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
      ]
    : [];
  return (
    <div className={`alert ${valid ? 'alert-success' : result === 'expired' ? 'alert-warning' : 'alert-danger'}`}>
      <h2 className="h4">{t(`credentials.verify.results.${result}`)}</h2>
      <p>{t(`credentials.verify.explain.${result}`)}</p>
      {r.failedCheck && <p className="fw-semibold">{t('credentials.verify.failedCheck', { check: t(`credentials.verify.checks.${r.failedCheck as Check}`) })}</p>}
      <h3 className="h6" id={checksId}>
        {t('credentials.verify.checksTitle')}
      </h3>
      <ul aria-labelledby={checksId}>
        {r.checks.map((c) => (
          <li key={c.check}>
            {t(`credentials.verify.checks.${c.check as Check}`)}: {c.passed ? t('credentials.verify.passed') : t('credentials.verify.failed')}
          </li>
        ))}
      </ul>
      {b && items.length > 0 && (
        <>
          <h3 className="h6">{t('credentials.verify.badgeTitle')}</h3>
          {!valid && <p className="small">{t('credentials.verify.notConfirmed')}</p>}
          <DataList items={items} />
        </>
      )}
    </div>
  );
}
