import type { ProfileResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ProfileForm } from './profile-form';

const PROFILE: ProfileResponse = {
  saved: true,
  visibility: 'cpi_agencies',
  comuneIstat: '001272',
  comuneName: 'Torino',
  maxKm: 25,
  ownVehicle: false,
  hours: 'any',
  shifts: false,
  contractTypes: ['permanent'],
  targetOccupations: [{ id: 11, label: 'addetto/addetta al magazzino' }],
  skills: [],
  experiences: [],
  education: [],
  languages: [{ language: 'it', level: 'native' }],
  licences: ['B'],
  available: true,
  suggestedSkills: [],
};

const SAVE = '/api/citizen/matching/profile';

describe('Il mio profilo professionale (form)', () => {
  it('refuses a distance over 150 km with its own sentence, and focuses it, without calling the API', async () => {
    let saved = false;
    server.use(http.put(SAVE, () => ((saved = true), HttpResponse.json(PROFILE))));
    const user = userEvent.setup();
    renderWithApp(<ProfileForm profile={{ ...PROFILE, comuneIstat: undefined, comuneName: undefined }} />);
    const km = screen.getByLabelText('Distanza massima (km)');
    await user.clear(km);
    await user.type(km, '300');
    await user.click(screen.getByRole('button', { name: 'Salva il profilo' }));

    const comune = screen.getByLabelText('Comune di domicilio');
    await waitFor(() => expect(comune).toHaveFocus());
    expect(comune).toHaveAccessibleDescription(/Cerca il tuo comune e sceglilo dall'elenco\./);
    expect(km).toHaveAttribute('aria-invalid', 'true');
    expect(km).toHaveAccessibleDescription(/Inserisci un numero di chilometri da 1 a 150\./);
    expect(saved).toBe(false);
  });

  it('checks the rows added (a study title too short, a level to choose) and focuses the first one', async () => {
    const user = userEvent.setup();
    renderWithApp(<ProfileForm profile={PROFILE} />);
    await user.click(screen.getByRole('button', { name: 'Aggiungi un titolo' }));
    const row = screen.getByRole('group', { name: 'Titolo 1' });
    const title = within(row).getByLabelText('Titolo di studio');
    expect(title).toHaveFocus();
    await user.type(title, 'D');
    await user.click(screen.getByRole('button', { name: 'Salva il profilo' }));

    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Il testo è troppo corto o troppo lungo.');
    expect(within(row).getByLabelText('Livello EQF')).toHaveAccessibleDescription("Scegli un valore dall'elenco.");
  });

  it("shows the server's 400 on /experiences/0/from next to that date, and says 'Profilo salvato.' once saved", async () => {
    let calls = 0;
    server.use(
      http.put(SAVE, async ({ request }) => {
        calls += 1;
        if (calls === 1) return problem(400, 'VALIDATION_FAILED', [{ pointer: '/experiences/0/from', constraint: 'isIsoDate' }]);
        const body = (await request.json()) as { experiences: unknown[]; maxKm: number; comuneIstat: string; licences: string[] };
        expect(body).toMatchObject({ maxKm: 25, comuneIstat: '001272', licences: ['B'], experiences: [{ title: 'Magazziniere', from: '2020-01-01' }] });
        return HttpResponse.json(PROFILE);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ProfileForm profile={PROFILE} />);
    await user.click(screen.getByRole('button', { name: "Aggiungi un'esperienza" }));
    const row = screen.getByRole('group', { name: 'Esperienza 1' });
    await user.type(within(row).getByLabelText('Professione svolta'), 'Magazziniere');
    await user.type(within(row).getByLabelText('Dal'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Salva il profilo' }));

    const from = within(row).getByLabelText('Dal');
    await waitFor(() => expect(from).toHaveAttribute('aria-invalid', 'true'));
    expect(from).toHaveAccessibleDescription('Inserisci una data valida (giorno, mese e anno).');
    await waitFor(() => expect(from).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Salva il profilo' }));
    expect(await screen.findByText('Profilo salvato.')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
