import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { PortabilityRoute } from './portability';

const ID = 'e0000000-0000-4000-8000-000000000001';
const exportOf = (over: Record<string, unknown> = {}) => ({
  id: ID,
  status: 'queued',
  locale: 'en',
  stepsDone: 0,
  stepsTotal: 15,
  requestedAt: '2026-12-03T09:00:00Z',
  ...over,
});
const profile = http.get('/api/citizen/registry/profile', () => HttpResponse.json({ fiscalCode: 'RSSMRA85T10L219G', givenName: 'Mario', familyName: 'Rossi' }));

describe('/i-miei-dati: download your data', () => {
  it('asks for the export in the chosen language, shows its progress to screen readers, then offers the download', async () => {
    const answers = [
      exportOf({ status: 'running', stepsDone: 5, currentStep: 'patti' }),
      exportOf({ status: 'ready', stepsDone: 15, readyAt: '2026-12-03T09:00:05Z', expiresAt: '2026-12-10T09:00:05Z', sha256: 'ab'.repeat(32), sizeBytes: 2048 }),
    ];
    let asked = false;
    let body: unknown;
    server.use(
      profile,
      http.get('/api/citizen/portability/exports', () => HttpResponse.json({ items: asked ? [answers.length > 1 ? answers.shift()! : answers[0]!] : [] })),
      http.post('/api/citizen/portability/exports', async ({ request }) => {
        body = await request.json();
        asked = true;
        return HttpResponse.json(exportOf(), { status: 202 });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<PortabilityRoute />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Scarica i tuoi dati' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Come ottenere aiuto' })).toHaveAttribute('href', '/aiuto');
    await user.click(screen.getByRole('radio', { name: 'Inglese' }));
    await user.click(screen.getByRole('button', { name: 'Prepara i miei dati' }));
    const bar = await screen.findByRole('progressbar', { name: 'Avanzamento della preparazione' });
    expect(bar).toHaveAttribute('aria-valuenow', '5');
    expect(bar).toHaveAttribute('aria-valuemax', '15');
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(within(live).getByText('Preparazione in corso: passo 5 di 15 (patti di servizio).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prepara i miei dati' })).toBeDisabled();
    const download = await screen.findByRole('link', { name: 'Scarica i tuoi dati (ZIP)' }, { timeout: 5000 });
    expect(download).toHaveAttribute('href', `/api/citizen/portability/exports/${ID}/bundle`);
    expect(within(screen.getByRole('status')).getByText('I tuoi dati sono pronti.')).toBeInTheDocument();
    expect(body).toEqual({ locale: 'en' });
  });

  it('says when the last file has expired and lets the person ask again', async () => {
    server.use(
      profile,
      http.get('/api/citizen/portability/exports', () => HttpResponse.json({ items: [exportOf({ status: 'expired', stepsDone: 15 })] })),
    );
    renderWithApp(<PortabilityRoute />);
    expect(await screen.findByText('Il file di questa richiesta è stato cancellato perché scaduto. Puoi chiederne uno nuovo.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prepara i miei dati' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Scarica i tuoi dati (ZIP)' })).not.toBeInTheDocument();
  });
});
