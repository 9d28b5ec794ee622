import type { RecruitingDayResponse, VacancyResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { RecruitingDayCard } from './recruiting-day-card';

const DAY_ID = '8f7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910';
const SIGNUP = `/api/citizen/matching/recruiting-days/${DAY_ID}/signup`;
const vacancy = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, title: `Offerta ${n}` }) as VacancyResponse;
const day = (over: Partial<RecruitingDayResponse> = {}): RecruitingDayResponse => ({
  id: DAY_ID,
  title: 'Recruiting day del commercio',
  day: '2026-12-10',
  mode: 'in_person',
  place: "Centro per l'Impiego di Torino",
  officeName: "Centro per l'Impiego di Torino",
  vacancies: [vacancy(1), vacancy(2)],
  signups: 0,
  slots: [],
  ...over,
});

describe('Recruiting day card', () => {
  it('more than 20 vacancies ticked: RecruitingSignupBody refuses on the group (focused), without calling the API', async () => {
    let posted = false;
    server.use(http.post(SIGNUP, () => ((posted = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    renderWithApp(<RecruitingDayCard day={day({ vacancies: Array.from({ length: 21 }, (_, i) => vacancy(i + 1)) })} />);
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Iscriviti a Recruiting day del commercio' }));
    const group = screen.getByRole('group', { name: 'Offerte che ti interessano' });
    await waitFor(() => expect(group).toHaveAccessibleDescription(/Puoi indicare al massimo 20 offerte\./));
    await waitFor(() => expect(group).toHaveFocus()); // focus moves a tick after the refusal is painted
    expect(posted).toBe(false);
  });

  it("sends the ticked vacancies; the server's 400 on /vacancyIds/0 shows on the group", async () => {
    let body: unknown;
    server.use(
      http.post(SIGNUP, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/vacancyIds/0', constraint: 'isUUID' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RecruitingDayCard day={day()} />);
    await user.click(screen.getByRole('checkbox', { name: 'Mi interessa: Offerta 2' }));
    await user.click(screen.getByRole('button', { name: 'Iscriviti a Recruiting day del commercio' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Offerte che ti interessano' })).toHaveAccessibleDescription(/Scegli una delle opzioni dell'elenco\./));
    expect(body).toEqual({ vacancyIds: [vacancy(2).id] });
  });

  it('signed up: "Iscrizione registrata." in a status box and the form is gone', async () => {
    server.use(http.post(SIGNUP, () => HttpResponse.json(day({ signedUp: true }))));
    const user = userEvent.setup();
    renderWithApp(<RecruitingDayCard day={day()} />);
    await user.click(screen.getByRole('button', { name: 'Iscriviti a Recruiting day del commercio' }));
    expect(await screen.findByText('Iscrizione registrata.')).toBeInTheDocument();
    expect(screen.getByText('Sei iscritto/a.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Iscriviti/ })).not.toBeInTheDocument();
  });

  it('already signed up: no form; no vacancies linked: says so', () => {
    const { unmount } = renderWithApp(<RecruitingDayCard day={day({ signedUp: true })} />);
    expect(screen.getByText('Sei iscritto/a.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    unmount();
    renderWithApp(<RecruitingDayCard day={day({ vacancies: [] })} />);
    expect(screen.getByText('Non ci sono offerte collegate a questo evento.')).toBeInTheDocument();
  });
});
