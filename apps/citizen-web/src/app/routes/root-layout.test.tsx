import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RootLayout } from './root-layout';

const employer = http.get('/api/auth/session', () =>
  HttpResponse.json({
    authenticated: true,
    csrfToken: 't',
    user: { fiscalCode: 'GRCLRA80S48L219S', givenName: 'Laura', familyName: 'Greco', roles: ['citizen', 'employer'], spidLevel: 2 },
  }),
);

describe('the frame says which area a page belongs to', () => {
  it('under /imprese: "Area imprese" in the header and the company navigation', async () => {
    server.use(employer);
    renderWithApp(<RootLayout />, { path: '/imprese/azienda' });
    expect(await screen.findByRole('navigation', { name: 'Menu area imprese' })).toBeInTheDocument();
    expect(screen.getByText("Area imprese dei Centri per l'Impiego")).toBeInTheDocument();
    expect(screen.queryByText("Area cittadini dei Centri per l'Impiego")).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'La tua azienda' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('navigation', { name: 'Percorso di navigazione' })).toHaveTextContent('Area imprese');
  });

  it('elsewhere: "Area cittadini", the citizen navigation and the breadcrumb of the page', async () => {
    server.use(employer);
    renderWithApp(<RootLayout />, { path: '/did' });
    expect(await screen.findByRole('navigation', { name: 'Menu principale' })).toBeInTheDocument();
    expect(screen.getByText("Area cittadini dei Centri per l'Impiego")).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(crumbs).toHaveTextContent('La mia situazione');
    expect(crumbs).toHaveTextContent('La mia disponibilità al lavoro (DID)');
  });
});
