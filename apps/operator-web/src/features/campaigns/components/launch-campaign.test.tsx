import type { CampaignResponse } from '@opencpi/contracts';
import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { LaunchCampaign } from './launch-campaign';

const draft: CampaignResponse = {
  id: 'c1',
  name: 'DID senza patto',
  officeId: 'o1',
  officeName: 'CPI Torino',
  segment: { kind: 'did_without_patto', olderThanDays: 30 },
  channel: 'email',
  kind: 'invitation',
  serviceType: 'prima-accoglienza',
  withinDays: 10,
  startDate: '2026-12-07',
  endDate: '2026-12-11',
  sendFrom: '09:00',
  sendUntil: '18:00',
  dailyCap: 50,
  status: 'draft',
  variants: [],
  previewSize: 3,
  createdAt: '2026-12-03T10:00:00.000Z',
  abTest: false,
};

describe('Invia la campagna', () => {
  it('sends only after a confirmation that says to how many people, and can be called off', async () => {
    let launched = 0;
    server.use(
      http.post('/api/operator/campaigns/segment-preview', () => HttpResponse.json({ size: 4, optedOut: 0 })),
      http.post('/api/operator/campaigns/c1/launch', () => {
        launched += 1;
        return HttpResponse.json({ ...draft, status: 'running', launchSize: 4, launchedAt: '2026-12-03T10:05:00.000Z' });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<LaunchCampaign campaign={draft} />, { app: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Invia la campagna' }));
    expect(await screen.findByText('Vuoi inviare la campagna «DID senza patto» a 4 persone?')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, non ora' }));
    expect(launched).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Invia la campagna' }));
    await user.click(await screen.findByRole('button', { name: 'Sì, invia' }));
    expect(await screen.findByText('Campagna avviata: 4 persone riceveranno il messaggio.')).toBeInTheDocument();
    expect(launched).toBe(1);
  });
});
