import type { CampaignFunnelResponse, CampaignFunnelRow } from '@opencpi/contracts';
import { DataTable } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const STEPS = ['sent', 'delivered', 'opened', 'booked', 'attended'] as const;
type Step = (typeof STEPS)[number];

/** The share of `n` over `of`, as a whole percentage (— when nobody was sent to). */
export const share = (n: number | undefined, of: number): string => (n === undefined || of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);

/**
 * A campaign's results: the funnel per variant and in total as a table (numbers of people), and, when there are two
 * variants, each step as a share of the people sent to, side by side. The steps' definitions are written under it.
 */
export function CampaignFunnel({ funnel }: { funnel: CampaignFunnelResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const rows = [...funnel.variants, funnel.total];
  const name = (r: CampaignFunnelRow) => (r.variant === 'all' ? t('campaigns.funnel.total') : t('campaigns.funnel.variant', { variant: r.variant }));
  const cell = (r: CampaignFunnelRow, s: Step) => r[s] ?? t('campaigns.funnel.notApplicable');
  return (
    <section aria-labelledby={headingId} className="section-block">
      <h2 id={headingId}>{t('campaigns.funnel.title')}</h2>
      <DataTable caption={t('campaigns.funnel.caption')} className="campaign-funnel">
        <thead>
          <tr>
            <th scope="col">{t('campaigns.funnel.columns.variant')}</th>
            <th scope="col">{t('campaigns.funnel.columns.recipients')}</th>
            {STEPS.map((s) => (
              <th scope="col" key={s}>
                {t(`campaigns.funnel.columns.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.variant}>
              <th scope="row">{name(r)}</th>
              <td>{r.recipients}</td>
              {STEPS.map((s) => (
                <td key={s}>{cell(r, s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {funnel.variants.length > 1 && (
        <>
          <h3>{t('campaigns.funnel.variantsTitle')}</h3>
          <DataTable caption={t('campaigns.funnel.variantsCaption')} className="campaign-variants">
            <thead>
              <tr>
                <th scope="col">{t('campaigns.funnel.columns.variant')}</th>
                {STEPS.slice(1).map((s) => (
                  <th scope="col" key={s}>
                    {t(`campaigns.funnel.columns.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {funnel.variants.map((r) => (
                <tr key={r.variant}>
                  <th scope="row">{name(r)}</th>
                  {STEPS.slice(1).map((s) => (
                    <td key={s}>{r[s] === undefined ? t('campaigns.funnel.notApplicable') : share(r[s], r.sent)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      <p className="small">{t('campaigns.funnel.definition')}</p>
    </section>
  );
}
