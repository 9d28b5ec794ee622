import type { PublicSurveyResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { MySurveysRoute } from './my-surveys';
import { SurveyRoute } from './survey';

const TOKEN = `k1.${'a'.repeat(43)}`;
const SURVEY: PublicSurveyResponse = {
  serviceKind: 'appointment',
  serviceNameIt: 'Prima accoglienza e informazioni',
  serviceNameEn: 'First reception and information',
  officeName: "Centro per l'Impiego di Torino",
  serviceDate: '2026-12-01',
  status: 'open',
  expiresAt: '2027-01-01T23:00:00.000Z',
  questions: [
    { code: 'clarity', textIt: 'Le informazioni ricevute sono state chiare?', textEn: 'Was the information you received clear?' },
    { code: 'listening', textIt: "L'operatore ha ascoltato le tue esigenze?", textEn: 'Did the operator listen to your needs?' },
  ],
};
const ANSWERED: PublicSurveyResponse = {
  ...SURVEY,
  status: 'answered',
  answer: { rating: 4, answers: [{ code: 'clarity', value: 5 }], comment: 'Gentili.', commentWithdrawn: false, answeredAt: '2026-12-03T10:00:00.000Z' },
};

function open(path: string) {
  renderWithApp(
    <Routes>
      <Route path="/valuta/:token" element={<SurveyRoute />} />
      <Route path="/valuta-il-servizio" element={<MySurveysRoute />} />
    </Routes>,
    { path },
  );
}

describe('/valuta/:token', () => {
  it('rates with an accessible 1–5 radio group, sends once and thanks', async () => {
    let sent: unknown;
    server.use(
      http.get(`/api/public/surveys/${TOKEN}`, () => HttpResponse.json(SURVEY)),
      http.post(`/api/public/surveys/${TOKEN}/answer`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(ANSWERED);
      }),
    );
    const user = userEvent.setup();
    open(`/valuta/${TOKEN}`);
    expect(await screen.findByText('Servizio: Prima accoglienza e informazioni')).toBeInTheDocument();
    // nothing chosen: the field says so, nothing is sent
    await user.click(screen.getByRole('button', { name: 'Invia la valutazione' }));
    expect(await screen.findByText('Scegli un voto da 1 a 5.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    const rating = screen.getByRole('group', { name: 'Quanto sei soddisfatto del servizio?' });
    expect(within(rating).getAllByRole('radio')).toHaveLength(5);
    await user.click(within(rating).getByRole('radio', { name: '4 – Molto' }));
    await user.click(within(screen.getByRole('group', { name: 'Le informazioni ricevute sono state chiare?' })).getByRole('radio', { name: '5 – Moltissimo' }));
    await user.type(screen.getByLabelText('Un commento (facoltativo)'), 'Gentili.');
    await user.click(screen.getByRole('button', { name: 'Invia la valutazione' }));
    expect(await screen.findByText('Grazie: la tua valutazione è stata registrata.')).toBeInTheDocument();
    expect(sent).toEqual({ rating: 4, answers: [{ code: 'clarity', value: 5 }], comment: 'Gentili.' });
    expect(screen.getByText('Il tuo voto: 4 su 5')).toBeInTheDocument();
  });

  it('already answered: keeps the first answer, says so, and withdraws the comment', async () => {
    server.use(
      http.get(`/api/public/surveys/${TOKEN}`, () => HttpResponse.json(ANSWERED)),
      http.post(`/api/public/surveys/${TOKEN}/comment-withdrawal`, () =>
        HttpResponse.json({ ...ANSWERED, answer: { rating: 4, answers: ANSWERED.answer!.answers, commentWithdrawn: true, answeredAt: ANSWERED.answer!.answeredAt } }),
      ),
    );
    const user = userEvent.setup();
    open(`/valuta/${TOKEN}`);
    expect(await screen.findByText('Avevi già risposto a questa valutazione: teniamo la prima risposta.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invia la valutazione' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ritira il commento' }));
    expect(await screen.findByText('Hai ritirato il commento.')).toBeInTheDocument();
    expect(screen.queryByText(/Gentili/)).not.toBeInTheDocument();
  });

  it('a forged link: only "not valid"', async () => {
    server.use(http.get(`/api/public/surveys/${TOKEN}`, () => problem(404, 'SURVEY_NOT_FOUND')));
    open(`/valuta/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Il link non è valido' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('/valuta-il-servizio', () => {
  it('lists open surveys first, each with its link', async () => {
    server.use(
      http.get('/api/citizen/surveys', () =>
        HttpResponse.json({
          items: [
            {
              id: '1',
              serviceKind: 'certificate',
              serviceNameIt: 'Storico dello stato occupazionale',
              serviceNameEn: 'x',
              officeName: 'CPI Torino',
              serviceDate: '2026-12-02',
              status: 'open',
              expiresAt: '2027-01-01T23:00:00.000Z',
              token: TOKEN,
            },
            {
              id: '2',
              serviceKind: 'appointment',
              serviceNameIt: 'Orientamento di base',
              serviceNameEn: 'y',
              officeName: 'CPI Torino',
              serviceDate: '2026-11-02',
              status: 'answered',
              expiresAt: '2026-12-01T23:00:00.000Z',
              token: 'k1.b',
            },
          ],
        }),
      ),
    );
    open('/valuta-il-servizio');
    const open_ = await screen.findByRole('region', { name: 'Da valutare' });
    expect(within(open_).getByRole('link', { name: 'Valuta' })).toHaveAttribute('href', `/valuta/${TOKEN}`);
    expect(within(screen.getByRole('region', { name: 'Già valutati o chiusi' })).getByRole('link', { name: 'Vedi la tua risposta' })).toBeInTheDocument();
  });
});
