import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RateServiceBlock } from './rate-service-block';

const SURVEY = {
  id: 's1',
  serviceKind: 'appointment',
  serviceNameIt: 'Prima accoglienza',
  serviceNameEn: 'First reception',
  officeName: 'CPI Torino',
  serviceDate: '2026-12-01',
  status: 'open',
  expiresAt: '2026-12-31T00:00:00.000Z',
  token: 'abc.def',
};

describe('Valuta il servizio (block of a service page)', () => {
  it('links the open survey of this kind of service', async () => {
    server.use(http.get('/api/citizen/surveys', () => HttpResponse.json({ items: [SURVEY] })));
    renderWithApp(<RateServiceBlock serviceKind="appointment" />);
    expect(await screen.findByText(/Com’è andato il servizio «Prima accoglienza» del/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Valuta il servizio' })).toHaveAttribute('href', '/valuta/abc.def');
  });

  it('without an open survey of this kind: where to find the ones to give', async () => {
    server.use(http.get('/api/citizen/surveys', () => HttpResponse.json({ items: [{ ...SURVEY, serviceKind: 'patto' }] })));
    renderWithApp(<RateServiceBlock serviceKind="appointment" />);
    expect(await screen.findByRole('link', { name: 'Le mie valutazioni' })).toHaveAttribute('href', '/valuta-il-servizio');
  });
});
