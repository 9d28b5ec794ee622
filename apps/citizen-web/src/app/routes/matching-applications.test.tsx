import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MatchingApplicationsRoute } from './matching-applications';

const APPLICATION = {
  id: 'a1',
  vacancyId: 'v1',
  vacancyTitle: 'Addetto/a al magazzino',
  companyName: 'Logistica Sud',
  status: 'applied',
  consent: 'none',
  createdAt: '2026-11-20T09:00:00Z',
};

describe('/candidature', () => {
  it('an empty list: says so and links to the vacancies', async () => {
    server.use(http.get('/api/citizen/matching/applications', () => HttpResponse.json({ items: [] })));
    renderWithApp(<MatchingApplicationsRoute />);
    expect(await screen.findByText('Non hai ancora candidature.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vedi le offerte per te' })).toBeInTheDocument();
  });

  it('a list: one item per application, no "empty" text', async () => {
    server.use(http.get('/api/citizen/matching/applications', () => HttpResponse.json({ items: [APPLICATION] })));
    renderWithApp(<MatchingApplicationsRoute />);
    expect(await screen.findByText(/Addetto\/a al magazzino/)).toBeInTheDocument();
    expect(screen.queryByText('Non hai ancora candidature.')).not.toBeInTheDocument();
  });

  it('a failed request: the error box with its correlation id and "Riprova"', async () => {
    server.use(http.get('/api/citizen/matching/applications', () => problem(503, 'SERVICE_UNAVAILABLE')));
    renderWithApp(<MatchingApplicationsRoute />);
    expect(await screen.findByRole('alert')).toHaveTextContent('test-correlation-id');
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeInTheDocument();
  });
});
