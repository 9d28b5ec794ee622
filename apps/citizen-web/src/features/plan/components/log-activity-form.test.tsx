import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LogActivityForm } from './log-activity-form';

describe("Registra un'attività", () => {
  it('refuses a description under 3 characters and a proof that is not a document, without calling the API', async () => {
    let posted = false;
    server.use(http.post('/api/citizen/plan/activities', () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(<LogActivityForm />);
    await user.type(screen.getByLabelText('Descrizione'), 'ok');
    await user.click(screen.getByRole('button', { name: "Registra l'attività" }));
    await waitFor(() => expect(screen.getByLabelText('Descrizione')).toHaveAccessibleDescription(/Scrivi una breve descrizione \(almeno 3 caratteri\)/));

    await user.type(screen.getByLabelText('Descrizione'), ' per la cassa');
    await user.upload(screen.getByLabelText(/Prova \(facoltativa\)/), new File(['x'], 'foto.gif', { type: 'image/gif' }));
    await user.click(screen.getByRole('button', { name: "Registra l'attività" }));
    await waitFor(() => expect(screen.getByLabelText(/Prova \(facoltativa\)/)).toHaveAccessibleDescription(/solo file PDF, JPEG o PNG/));
    expect(posted).toBe(false);
  });

  it("shows the server's 400 on /date next to the date", async () => {
    server.use(http.post('/api/citizen/plan/activities', () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/date', constraint: 'isIsoDate' }])));
    const user = userEvent.setup();
    renderWithApp(<LogActivityForm />);
    await user.type(screen.getByLabelText('Descrizione'), 'Candidatura magazziniere');
    await user.click(screen.getByRole('button', { name: "Registra l'attività" }));
    const date = screen.getByLabelText('Data');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription('Inserisci una data valida (giorno, mese e anno).');
  });
});
