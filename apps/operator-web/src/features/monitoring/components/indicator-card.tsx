import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface IndicatorCardProps {
  /** the indicator's code: the card's id on the page (`indicatore-<code>`) */
  code: string;
  title: string;
  /** the headline figure under the title (e.g. the period's total or share) */
  headline?: string;
  chart: ReactNode;
  /** the data table behind the chart (its accessible alternative), shown with "Mostra tabella" */
  table: ReactNode;
  definition: string;
  sources: readonly string[];
  /** e.g. "no figures in this period", shown instead of chart and table */
  empty?: string;
}

/**
 * One indicator of the dashboard: title, chart, a toggle that shows its data table, and below them the indicator's
 * definition and the tables it is computed from, as the issue asks ("each indicator names its definition and source
 * tables on the page").
 */
export function IndicatorCard({ code, title, headline, chart, table, definition, sources, empty }: IndicatorCardProps) {
  const { t } = useTranslation('operator');
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section className="card indicator-card shadow-sm" id={`indicatore-${code}`} aria-labelledby={headingId}>
      <div className="card-body">
        <h3 className="card-title h5" id={headingId}>
          {title}
        </h3>
        {headline ? <p className="indicator-card__headline">{headline}</p> : null}
        {empty ? (
          <p>{empty}</p>
        ) : (
          <>
            {chart}
            <button type="button" className="btn btn-outline-primary btn-sm mt-2" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((open) => !open)}>
              {showTable ? t('monitoring.card.hideTable') : t('monitoring.card.showTable')}
            </button>
            <div id={tableId} hidden={!showTable} className="mt-3">
              {showTable ? table : null}
            </div>
          </>
        )}
        <dl className="indicator-card__about">
          <dt>{t('monitoring.card.definition')}</dt>
          <dd>{definition}</dd>
          <dt>{t('monitoring.card.sources')}</dt>
          <dd>
            {sources.map((s, i) => (
              <span key={s}>
                {i > 0 ? ', ' : null}
                <code>{s}</code>
              </span>
            ))}
          </dd>
        </dl>
      </div>
    </section>
  );
}
