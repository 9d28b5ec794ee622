import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { OpenDataRoute } from './open-data';

const period = { from: '2026-10', to: '2026-11', months: ['2026-10', '2026-11'] };
const region = { regionCode: '01', regionName: 'Piemonte' };
const values = (v: Record<string, number | null>) => ({ dids: null, patti_signed: null, median_days_to_patto: null, ...v });

function openData() {
  server.use(
    http.get('/api/public/open-data/indicators', () =>
      HttpResponse.json({
        title: 'Indicatori mensili dei CPI',
        licence: 'CC-BY-4.0',
        refreshedAt: '2026-12-03T02:00:00.000Z',
        period,
        suppressionThreshold: 10,
        dictionaryUrl: '/api/public/open-data/dictionary',
        catalogUrl: '/api/public/open-data/catalog',
        csvUrl: '/api/public/open-data/indicators.csv?from=2026-10&to=2026-11',
        rows: [
          {
            month: '2026-11',
            level: 'office',
            ...region,
            officeCode: 'CPI-TO',
            officeName: "Centro per l'Impiego di Torino",
            values: values({ dids: 25, patti_signed: 12, median_days_to_patto: 14.5 }),
            suppressed: [],
          },
          {
            month: '2026-11',
            level: 'office',
            ...region,
            officeCode: 'CPI-IV',
            officeName: "Centro per l'Impiego di Ivrea",
            values: values({}),
            suppressed: ['dids', 'patti_signed', 'median_days_to_patto'],
          },
          { month: '2026-11', level: 'region', ...region, values: values({ dids: 31 }), suppressed: ['patti_signed'] },
          { month: '2026-10', level: 'office', ...region, officeCode: 'CPI-TO', officeName: "Centro per l'Impiego di Torino", values: values({ dids: 18 }), suppressed: [] },
        ],
      }),
    ),
    http.get('/api/public/open-data/dictionary', () =>
      HttpResponse.json({
        suppressionThreshold: 10,
        suppressionRule: { it: 'Regola', en: 'Rule' },
        fields: [
          { name: 'dids', type: 'integer', unit: 'count', description: { it: 'DID rilasciate nel mese.', en: 'DIDs filed.' }, suppression: 'people', sourceTables: ['patto.dids'] },
        ],
      }),
    ),
  );
}

describe('/dati-aperti', () => {
  it("shows the latest month per CPI with suppressed cells as 'dato oscurato', explained, and the files to download", async () => {
    openData();
    renderWithApp(<OpenDataRoute />, { path: '/dati-aperti' });
    const table = await screen.findByRole('table', { name: 'Indicatori per CPI, novembre 2026' });
    const [, ivrea, torino, total] = within(table).getAllByRole('row');
    expect(within(torino!).getByRole('rowheader')).toHaveTextContent("Centro per l'Impiego di Torino");
    const cell = (row: HTMLElement, column: string) => {
      const index = within(table)
        .getAllByRole('columnheader')
        .findIndex((h) => h.textContent === column);
      return within(row).getAllByRole('cell')[index - 1]!;
    };
    expect(cell(torino!, 'DID rilasciate')).toHaveTextContent('25');
    expect(cell(torino!, 'Giorni dalla DID al patto (mediana)')).toHaveTextContent('14,5');
    expect(cell(ivrea!, 'DID rilasciate')).toHaveTextContent('dato oscurato');
    expect(cell(ivrea!, 'Patti firmati')).toHaveTextContent('dato oscurato');
    // the region total stays, the cell that would give Ivrea's count away by difference is suppressed too
    expect(within(total!).getByRole('rowheader')).toHaveTextContent('Totale Piemonte');
    expect(cell(total!, 'DID rilasciate')).toHaveTextContent('31');
    expect(cell(total!, 'Patti firmati')).toHaveTextContent('dato oscurato');
    // not collected is not suppressed
    expect(cell(torino!, 'Offerte pubblicate')).toHaveTextContent('n.d.');
    expect(screen.getByText(/un valore che conta meno di 10 persone \(< 10\) non è pubblicato/)).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Indicatori in formato CSV' })).toHaveAttribute('href', '/api/public/open-data/indicators.csv?from=2026-10&to=2026-11');
    expect(screen.getByRole('link', { name: 'Indicatori in formato JSON' })).toHaveAttribute('href', '/api/public/open-data/indicators');
    expect(screen.getByRole('link', { name: 'Dizionario dei dati (JSON)' })).toHaveAttribute('href', '/api/public/open-data/dictionary');
    expect(screen.getByRole('link', { name: 'Metadati DCAT-AP_IT (JSON-LD)' })).toHaveAttribute('href', '/api/public/open-data/catalog');
    expect(await screen.findByText('DID rilasciate nel mese. (Tabelle di origine: patto.dids.)')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Mese'), '2026-10');
    const october = await screen.findByRole('table', { name: 'Indicatori per CPI, ottobre 2026' });
    expect(within(october).getAllByRole('row')).toHaveLength(2);
    expect(october).toHaveTextContent('18');
  });
});
