import { DOSSIER_SECTIONS } from '@opencpi/contracts/browser';
import { useTranslation } from 'react-i18next';

const countOf = (v: unknown): number | null =>
  Array.isArray(v) ? v.length : v && typeof v === 'object' && Array.isArray((v as { items?: unknown }).items) ? (v as { items: unknown[] }).items.length : null;

/** Each section of the imported dossier as the other region exported it: a count, and its data on request (read-only). */
export function ImportedSections({ sections }: { sections: Record<string, unknown> }) {
  const { t } = useTranslation('operator');
  return (
    <ul className="list-unstyled">
      {DOSSIER_SECTIONS.map((key) => {
        const v = sections[key];
        const n = countOf(v);
        const empty = v === null || v === undefined || n === 0;
        return (
          <li key={key} className="mb-2">
            <details>
              <summary>
                {t(`portability.sections.${key}`)}:{' '}
                {empty ? t('portability.dossier.empty') : n !== null ? t('portability.dossier.count', { count: n }) : t('portability.dossier.present')}
              </summary>
              {!empty && (
                <pre className="bg-light p-3 small" tabIndex={0} aria-label={t(`portability.sections.${key}`)}>
                  {JSON.stringify(v, null, 2)}
                </pre>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
