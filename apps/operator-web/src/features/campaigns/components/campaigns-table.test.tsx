import type { CampaignResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CampaignsTable } from './campaigns-table';

const campaign = (over: Partial<CampaignResponse>): CampaignResponse => ({
  id: 'c1',
  name: 'DID senza patto',
  officeId: 'o1',
  officeName: 'CPI Torino',
  segment: { kind: 'did_without_patto', olderThanDays: 30 },
  channel: 'email',
  kind: 'information',
  startDate: '2026-12-07',
  endDate: '2026-12-11',
  sendFrom: '09:00',
  sendUntil: '18:00',
  dailyCap: 50,
  status: 'draft',
  variants: [],
  previewSize: 3,
  createdAt: '2026-12-03T10:00:00.000Z',
  abTest: false,
  ...over,
});

describe('Campagne dei tuoi Centri per l’Impiego', () => {
  it('names each segment with its parameters and shows the people frozen at launch, else the preview', () => {
    renderWithApp(
      <CampaignsTable
        campaigns={[campaign({}), campaign({ id: 'c2', name: 'Nuove offerte', segment: { kind: 'fit_new_vacancies', publishedWithinDays: 14 }, status: 'running', launchSize: 7 })]}
      />,
      { app: 'operator' },
    );
    const table = screen.getByRole('table', { name: 'Campagne dei tuoi Centri per l’Impiego' });
    const first = within(table).getByRole('row', { name: /DID senza patto/ });
    expect(within(first).getByText('DID presentata da almeno 30 giorni, senza patto')).toBeInTheDocument();
    expect(within(first).getByText('Bozza')).toBeInTheDocument();
    const second = within(table).getByRole('row', { name: /Nuove offerte/ });
    expect(within(second).getByText('Profili adatti alle offerte pubblicate negli ultimi 14 giorni (punteggio almeno 50)')).toBeInTheDocument();
    expect(within(second).getByText('7')).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Nuove offerte' })).toHaveAttribute('href', '/campagne/c2');
  });

  it('says so when there is no campaign', () => {
    renderWithApp(<CampaignsTable campaigns={[]} />, { app: 'operator' });
    expect(screen.getByText('Nessuna campagna.')).toBeInTheDocument();
  });
});
