import type { PattoVersionResponse } from '@opencpi/contracts';
import { DataTable } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { usePattoLabels } from '../patto-labels';

/** "Firme": who signed this version, how (one-time code, SPID/CIE session, scanned copy) and when. */
export function PattoSignaturesSection({ version }: { version: PattoVersionResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = usePattoLabels();
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.signatures.title')}</h2>
      {version.signatures.length === 0 ? (
        <p>{t('patto.signatures.empty')}</p>
      ) : (
        <DataTable caption={t('patto.signatures.caption', { n: version.version })}>
          <thead>
            <tr>
              <th scope="col">{t('patto.signatures.party')}</th>
              <th scope="col">{t('patto.signatures.name')}</th>
              <th scope="col">{t('patto.signatures.method')}</th>
              <th scope="col">{t('patto.signatures.date')}</th>
            </tr>
          </thead>
          <tbody>
            {version.signatures.map((signature, index) => (
              <tr key={`${signature.party}-${index}`}>
                <th scope="row">{labels.party(signature.party)}</th>
                <td>{signature.signerName}</td>
                <td>{labels.method(signature.method, signature.spidLevel)}</td>
                <td>{dates.dateTime(signature.signedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
