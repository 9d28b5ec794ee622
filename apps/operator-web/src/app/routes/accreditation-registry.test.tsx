import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AccreditationRegistryRoute } from './accreditation-registry';

describe('/accreditamento', () => {
  it("lists the region's agencies with number, status, validity and active clients", async () => {
    server.use(
      http.get('/api/operator/accreditation/agencies', () =>
        HttpResponse.json({
          items: [
            {
              agencyId: 'a1',
              name: 'LavoroPiù S.r.l.',
              vatNumber: '01234567897',
              accreditation: {
                number: 'PIE-APL-001',
                status: 'suspended',
                effective: false,
                validFrom: '2024-01-01',
                serviceCodes: [],
                officeIds: [],
                areas: ['TO'],
                updatedAt: '2026-12-03T08:00:00.000Z',
              },
              clients: [
                { clientId: 'c1', name: 'Gestionale', scopes: ['people:read'], keyIds: ['k1'], createdAt: '2026-01-01T08:00:00.000Z' },
                { clientId: 'c2', name: 'Vecchio', scopes: ['people:read'], keyIds: ['k0'], createdAt: '2025-01-01T08:00:00.000Z', revokedAt: '2025-06-01T08:00:00.000Z' },
              ],
            },
            { agencyId: 'a2', name: 'Talenti Piemonte S.p.A.', vatNumber: '09876543210', clients: [] },
          ],
        }),
      ),
    );
    renderWithApp(<AccreditationRegistryRoute />, { app: 'operator' });
    const table = await screen.findByRole('table', { name: 'Agenzie della Regione' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'LavoroPiù S.r.l.' })).toHaveAttribute('href', '/accreditamento/a1');
    expect(first).toHaveTextContent('PIE-APL-001');
    expect(first).toHaveTextContent('Sospeso');
    expect(first).toHaveTextContent('senza scadenza');
    expect(within(first!).getAllByRole('cell').at(-1)).toHaveTextContent('1');
    expect(second).toHaveTextContent('Non accreditata');
  });
});
