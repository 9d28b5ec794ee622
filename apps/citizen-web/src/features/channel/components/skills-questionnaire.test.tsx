import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { SkillsQuestionnaire } from './skills-questionnaire';

const ASSESSMENT = '/api/citizen/patto/channel/assessment';

/** Answers the six questions ("Un computer o tablet mio", then "Sì, da solo/a") up to the last "Vedi il consiglio". */
async function answerAll(user: UserEvent) {
  for (let q = 1; q <= 6; q += 1) {
    await screen.findByText(`Domanda ${q} di 6`);
    await user.click(screen.getByRole('radio', { name: q === 1 ? 'Un computer o tablet mio' : 'Sì, da solo/a' }));
    await user.click(screen.getByRole('button', { name: q === 6 ? 'Vedi il consiglio' : 'Avanti' }));
  }
}

describe('Le tue competenze digitali', () => {
  it('"Avanti" without an answer: "Scegli una risposta." on the question (focused); an answer clears it; "Indietro" keeps the answers', async () => {
    const user = userEvent.setup();
    renderWithApp(<SkillsQuestionnaire onAdvised={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    const question = screen.getByRole('group', { name: 'Quale dispositivo usi di solito?' });
    await waitFor(() => expect(question).toHaveAccessibleDescription('Scegli una risposta.'));
    expect(question).toHaveFocus();
    expect(screen.getByText('Domanda 1 di 6')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Uno smartphone mio' }));
    await waitFor(() => expect(screen.queryByText('Scegli una risposta.')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Avanti' }));
    expect(await screen.findByText('Domanda 2 di 6')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('group', { name: /e-mail/i })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Indietro' }));
    expect(await screen.findByRole('radio', { name: 'Uno smartphone mio' })).toBeChecked();
  });

  it('sends the six answers in order, and after a 400 on /answers/1/answer goes back to that question and shows it there', async () => {
    let body: unknown;
    server.use(
      http.post(ASSESSMENT, async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/answers/1/answer', constraint: 'isLength' }]);
      }),
    );
    const onAdvised = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<SkillsQuestionnaire onAdvised={onAdvised} />);
    await answerAll(user);

    expect(await screen.findByText('Domanda 2 di 6')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('group', { name: /e-mail/i })).toHaveAccessibleDescription('Il testo è troppo corto o troppo lungo.'));
    expect(body).toEqual({
      answers: [
        { questionId: 'device', answer: 'computer' },
        { questionId: 'email', answer: 'alone' },
        { questionId: 'spid', answer: 'alone' },
        { questionId: 'forms', answer: 'alone' },
        { questionId: 'upload', answer: 'alone' },
        { questionId: 'video', answer: 'alone' },
      ],
    });
    expect(onAdvised).not.toHaveBeenCalled();
  });

  it('a successful assessment calls onAdvised', async () => {
    server.use(http.post(ASSESSMENT, () => HttpResponse.json({ advisedChannel: 'digital', assessedAt: '2026-12-03T09:00:00Z' })));
    const onAdvised = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<SkillsQuestionnaire onAdvised={onAdvised} />);
    await answerAll(user);
    await waitFor(() => expect(onAdvised).toHaveBeenCalled());
  });
});
