import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { MainNav } from '../../navigation/components/main-nav';

const session = (roles: string[]) =>
  http.get('/api/auth/session', () => HttpResponse.json({ authenticated: true, csrfToken: 't', user: { fiscalCode: 'X', name: 'A', familyName: 'B', roles, spidLevel: 2 } }));

describe('"Validazione competenze" in the main nav', () => {
  it('leads office staff to the requests of their offices', async () => {
    server.use(session(['operator', 'ivc_assessor']));
    renderWithApp(<MainNav />, { app: 'operator' });
    expect(await screen.findByRole('link', { name: 'Validazione competenze' })).toHaveAttribute('href', '/validazione-competenze');
  });

  it('leads an assessor who is not office staff to the cases to assess', async () => {
    server.use(session(['ivc_assessor']));
    renderWithApp(<MainNav />, { app: 'operator' });
    expect(await screen.findByRole('link', { name: 'Validazione competenze' })).toHaveAttribute('href', '/validazione-competenze/valutazioni');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('is not shown to an intermediary’s operator', async () => {
    server.use(session(['intermediary_staff']));
    renderWithApp(<MainNav />, { app: 'operator' });
    await screen.findByRole('navigation');
    expect(screen.queryByRole('link', { name: 'Validazione competenze' })).not.toBeInTheDocument();
  });
});
