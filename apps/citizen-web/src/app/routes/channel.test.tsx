import type { ChannelProfileResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ChannelRoute } from './channel';

const NOT_ASSESSED: ChannelProfileResponse = { modelVersion: 'dsa-1', maxScore: 15, needsHelp: false };
const ADVISED: ChannelProfileResponse = { ...NOT_ASSESSED, advisedChannel: 'digital', score: 15, assessedAt: '2026-12-03T09:00:00Z' };

function answer(profile: ChannelProfileResponse) {
  server.use(http.get('/api/citizen/patto/channel', () => HttpResponse.json(profile)));
  renderWithApp(<ChannelRoute />);
}

describe('/canale', () => {
  it('not assessed yet: the questionnaire; once answered, the advice (focused) replaces it', async () => {
    server.use(http.post('/api/citizen/patto/channel/assessment', () => HttpResponse.json(ADVISED)));
    const user = userEvent.setup();
    answer(NOT_ASSESSED);
    for (let q = 1; q <= 6; q += 1) {
      await screen.findByText(`Domanda ${q} di 6`);
      await user.click(screen.getByRole('radio', { name: q === 1 ? 'Un computer o tablet mio' : 'Sì, da solo/a' }));
      await user.click(screen.getByRole('button', { name: q === 6 ? 'Vedi il consiglio' : 'Avanti' }));
    }
    const advice = await screen.findByRole('heading', { name: 'Il nostro consiglio' });
    await waitFor(() => expect(advice).toHaveFocus());
    expect(screen.getByText('Ti consigliamo: Digitale')).toBeInTheDocument();
    expect(screen.queryByText(/Domanda \d di 6/)).not.toBeInTheDocument();
  });

  it('advised: the advice; "Rifai il questionario" brings the questions back (focused)', async () => {
    const user = userEvent.setup();
    answer(ADVISED);
    expect(await screen.findByText('Ti consigliamo: Digitale')).toBeInTheDocument();
    expect(screen.queryByText('Domanda 1 di 6')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rifai il questionario' }));
    expect(await screen.findByText('Domanda 1 di 6')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Le tue competenze digitali' })).toHaveFocus());
  });
});
