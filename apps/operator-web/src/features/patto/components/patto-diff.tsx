import type { DiffLineResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Modifiche rispetto alla versione precedente": added lines in <ins> after "+ ", removed ones in <del> after "− ",
 * the others plain, so that the change is clear without colour.
 */
export function PattoDiff({ diff }: { diff: readonly DiffLineResponse[] }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patto.diff.title')}</h2>
      <p className="small">{t('patto.diff.legend')}</p>
      <div className="patto-diff">
        {diff.map((line, i) =>
          line.kind === 'added' ? (
            <ins key={i} className="patto-diff__line patto-diff__line--added">
              {`+ ${line.text}`}
            </ins>
          ) : line.kind === 'removed' ? (
            <del key={i} className="patto-diff__line patto-diff__line--removed">
              {`− ${line.text}`}
            </del>
          ) : (
            <span key={i} className="patto-diff__line">
              {`  ${line.text}`}
            </span>
          ),
        )}
      </div>
    </section>
  );
}
