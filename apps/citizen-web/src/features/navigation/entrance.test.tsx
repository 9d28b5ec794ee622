import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { ProfileRoute } from '../../app/routes/profile';
import { RequireAuth } from '../auth/components/require-auth';

describe('the company entrance', () => {
  it('a company representative lands in the company area after login (no "Cittadini" chosen), once', async () => {
    sessionStorage.removeItem('opencpi.entrance');
    server.use(
      http.get('/api/auth/session', () =>
        HttpResponse.json({
          authenticated: true,
          csrfToken: 't',
          user: { fiscalCode: 'GRCLRA80S48L219S', givenName: 'Laura', familyName: 'Greco', roles: ['citizen', 'employer'], spidLevel: 2 },
        }),
      ),
      http.get('/api/citizen/registry/profile', () => HttpResponse.json({ id: 'c1', fiscalCode: 'GRCLRA80S48L219S', givenName: 'Laura', familyName: 'Greco' })),
    );
    renderWithApp(
      <Routes>
        <Route
          path="/profilo"
          element={
            <RequireAuth>
              <ProfileRoute />
            </RequireAuth>
          }
        />
        <Route path="/imprese" element={<h1>Area imprese</h1>} />
      </Routes>,
      { path: '/profilo' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Area imprese' })).toBeInTheDocument();
    expect(sessionStorage.getItem('opencpi.entrance')).toBe('landed');
  });
});
