import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AgencyPathwaySection } from './agency-pathway-section';

const URL = '/api/operator/agencies/citizens/c1/pathway';
const person = { citizenId: 'c1', consented: true, initials: 'M. R.', fiscalCode: 'RSSMRA85T10L219G' };

describe('Agenzie per il lavoro (person pathway)', () => {
  it('says so when the person is not assigned to any agency', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ assignments: [], services: [], sapSection6: [], assignableAgencies: [] })));
    renderWithApp(<AgencyPathwaySection citizenId="c1" />, { app: 'operator' });
    expect(await screen.findByText('La persona non è assegnata a nessuna agenzia.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Agenzie per il lavoro' })).toBeInTheDocument();
    expect(screen.getByText('Nessuna agenzia accreditata nella regione della persona.')).toBeInTheDocument();
  });

  it('shows the assignment, its outcome, the services delivered and the SAP section 6 rows', async () => {
    server.use(
      http.get(URL, () =>
        HttpResponse.json({
          assignments: [
            {
              id: 'a1',
              agencyId: 'g1',
              agencyName: 'LavoroPiù',
              status: 'ended',
              source: 'operator',
              pathway: 'gol',
              assignedOn: '2026-11-02',
              takenInChargeOn: '2026-11-03',
              endedOn: '2026-12-01',
              endReason: 'hired',
              outcome: {
                kind: 'hired',
                contractType: 'permanent',
                startDate: '2027-01-10',
                employerVatNumber: '01234567897',
                employerName: 'Officine Subalpine',
                recordedAt: '2026-12-01T09:00:00Z',
              },
              version: 3,
              person,
              updatedAt: '2026-12-01T09:00:00Z',
            },
          ],
          services: [
            {
              id: 's1',
              assignmentId: 'a1',
              agencyId: 'g1',
              agencyName: 'LavoroPiù',
              code: 'GOL-ORIENT-BASE',
              labelKey: 'agencies.service.gol_orient_base',
              deliveredOn: '2026-11-10',
              durationMinutes: 120,
              recordedAt: '2026-11-10T10:00:00Z',
            },
          ],
          sapSection6: [
            {
              promotingEntityCode: 'PIE-APL-001',
              policyCode: 'GOL-ORIENT-BASE',
              presaInCaricoId: 'a1',
              presaInCaricoOn: '2026-11-03',
              startDate: '2026-11-10',
              durationMinutes: 120,
              lastEvent: 'hired',
            },
          ],
          assignableAgencies: [{ id: 'g2', name: 'Talenti Piemonte S.p.A.', accreditationCode: 'PIE-APL-002' }],
        }),
      ),
    );
    renderWithApp(<AgencyPathwaySection citizenId="c1" />, { app: 'operator' });
    expect(await screen.findByRole('heading', { name: 'LavoroPiù' })).toBeInTheDocument();
    expect(screen.getByText('Stato: conclusa')).toBeInTheDocument();
    expect(screen.getByText('Origine: assegnazione del CPI (GOL)')).toBeInTheDocument();
    expect(screen.getByText(/Esito: assunzione \(tempo indeterminato\) presso Officine Subalpine/)).toBeInTheDocument();
    const services = screen.getByRole('table', { name: 'Servizi erogati dalle agenzie alla persona' });
    expect(within(services).getByText('Orientamento di base (GOL)')).toBeInTheDocument();
    expect(within(services).getByText('120 min')).toBeInTheDocument();
    const sap = screen.getByRole('table', { name: 'Righe della sezione 6 della SAP' });
    expect(within(sap).getByText('PIE-APL-001')).toBeInTheDocument();
    expect(within(sap).getByText('assunzione')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Talenti Piemonte S.p.A. (PIE-APL-002)' })).toBeInTheDocument();
  });

  it('shows the problem when the pathway cannot be read', async () => {
    server.use(http.get(URL, () => problem(404, 'CITIZEN_NOT_FOUND')));
    renderWithApp(<AgencyPathwaySection citizenId="c1" />, { app: 'operator' });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
