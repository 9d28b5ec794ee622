import type { PlanItemResponse } from '@opencpi/contracts';
import { renderWithApp } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgencyServicesList } from './agency-services-list';

const item = (id: string, code: string, date: string): PlanItemResponse => ({
  id,
  source: 'agency',
  kind: 'agency_service',
  title: code,
  agencyName: 'LavoroPiù S.r.l.',
  date,
  status: 'done',
  overdue: false,
  createdAt: `${date}T10:00:00.000Z`,
});

describe('Servizi ricevuti dalle agenzie', () => {
  it('names each service by its standard code, newest first, with the agency and the day', () => {
    renderWithApp(<AgencyServicesList items={[item('a', 'GOL-ORIENT-BASE', '2026-11-02'), item('b', 'GOL-TIROCINIO', '2026-11-20'), item('c', 'X-UNKNOWN', '2026-10-01')]} />);
    const section = screen.getByRole('region', { name: 'Servizi ricevuti dalle agenzie per il lavoro' });
    const titles = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Promozione di tirocinio (GOL)', 'Orientamento di base (GOL)', 'X-UNKNOWN']);
    expect(within(section).getAllByText('LavoroPiù S.r.l.')).toHaveLength(3);
  });

  it('shows nothing when no agency recorded a service', () => {
    const { container } = renderWithApp(<AgencyServicesList items={[]} />);
    expect(container.querySelector('section')).toBeNull();
  });
});
