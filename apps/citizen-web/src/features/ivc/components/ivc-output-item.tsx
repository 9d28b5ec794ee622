import { ivcBadgeUrl, ivcOutputPdfUrl } from '@opencpi/api-client';
import type { IvcOutputResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from '../../shared/hooks/use-dates';
import { verifyCredentialPath } from '../../credentials/credentials-paths';

/** A document issued: its sealed PDF and, when it has one, its Open Badge (.jwt) and where to verify it. */
export function IvcOutputItem({ output: o }: { output: IvcOutputResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const kind = t(`ivc.outputs.${o.kind as 'transparency'}`);
  return (
    <li className="border-top pt-2 mt-2">
      <p className="fw-semibold mb-1">
        {kind} <span className="fw-normal">· {dates.day(o.issuedAt)}</span>
      </p>
      <p className="mb-1 d-flex flex-wrap gap-3">
        <a href={ivcOutputPdfUrl(o.id)} download aria-label={t('ivc.list.downloadPdfOf', { kind })}>
          {t('ivc.list.downloadPdf')}
        </a>
      </p>
      {o.hasBadge && (
        <>
          <p className="mb-1">{t('ivc.list.badge')}</p>
          <p className="mb-1 d-flex flex-wrap gap-3">
            <a href={ivcBadgeUrl(o.id)} download aria-label={t('ivc.list.badgeJwtOf', { kind })}>
              {t('ivc.list.badgeJwt')}
            </a>
          </p>
          <p className="small mb-1">
            {t('ivc.list.badgeHint')} <Link to={verifyCredentialPath}>{t('ivc.list.verifyLink')}</Link>
          </p>
        </>
      )}
    </li>
  );
}
