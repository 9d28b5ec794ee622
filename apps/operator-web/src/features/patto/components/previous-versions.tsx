import { operatorPattoPdfUrl } from '@opencpi/api-client';
import type { PattoVersionResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePattoLabels } from '../hooks/use-patto-labels';

/** "Versioni precedenti": each older version with its status, when it was signed, and its PDF. */
export function PreviousVersions({ pattoId, versions }: { pattoId: string; versions: readonly PattoVersionResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const headingId = useId();
  if (versions.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.versions.title')}</h2>
      <ul className="previous-versions">
        {versions.map((v) => (
          <li key={v.version}>
            {t('patto.versions.item', { version: v.version, status: labels.pattoStatus(v.status) })}
            {v.signedAt && (
              <>
                {', '}
                <time dateTime={v.signedAt}>{t('patto.versions.signedOn', { date: f.dateTime(v.signedAt) })}</time>
              </>
            )}
            {v.sha256 && (
              <>
                {' – '}
                <a href={operatorPattoPdfUrl(pattoId, v.version)}>{t('patto.versions.pdf', { version: v.version })}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
