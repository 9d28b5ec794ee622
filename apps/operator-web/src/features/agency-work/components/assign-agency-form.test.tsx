import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { AssignAgencyForm } from './assign-agency-form';

const CITIZEN = '0b0f7e52-5b1a-4c3e-9d7a-1f2e3d4c5b6a';
const AGENCY = '1c1f7e52-5b1a-4c3e-9d7a-1f2e3d4c5b6b';
const agencies = [{ id: AGENCY, name: 'LavoroPiù S.r.l.', accreditationCode: 'PIE-APL-001' }];

describe("Assegna a un'agenzia", () => {
  it('asks for the agency without calling the API, then assigns the person (GOL)', async () => {
    let body: unknown;
    server.use(
      http.post('/api/operator/agencies/assignments', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ id: 'a1' }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<AssignAgencyForm citizenId={CITIZEN} agencies={agencies} />, { app: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Assegna' }));
    await waitFor(() => expect(screen.getByLabelText('Agenzia accreditata')).toHaveFocus());
    expect(body).toBeUndefined();
    await user.selectOptions(screen.getByLabelText('Agenzia accreditata'), 'LavoroPiù S.r.l. (PIE-APL-001)');
    await user.click(screen.getByRole('button', { name: 'Assegna' }));
    expect(await screen.findByText("Persona assegnata all'agenzia.")).toBeInTheDocument();
    expect(body).toEqual({ citizenId: CITIZEN, agencyId: AGENCY, pathway: 'gol' });
  });

  it("shows the server's ASSIGNMENT_ALREADY_OPEN", async () => {
    server.use(http.post('/api/operator/agencies/assignments', () => problem(409, 'ASSIGNMENT_ALREADY_OPEN')));
    const user = userEvent.setup();
    renderWithApp(<AssignAgencyForm citizenId={CITIZEN} agencies={agencies} />, { app: 'operator' });
    await user.selectOptions(screen.getByLabelText('Agenzia accreditata'), AGENCY);
    await user.click(screen.getByRole('button', { name: 'Assegna' }));
    expect((await screen.findAllByText(/La persona è già assegnata a quest'agenzia/)).length).toBeGreaterThan(0);
  });
});
