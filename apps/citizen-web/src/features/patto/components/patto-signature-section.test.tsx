import type { PattoResponse, PattoVersionResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { PattoSignatureSection } from './patto-signature-section';

const SHA = 'b'.repeat(64);
const VERSION = { version: 1, status: 'proposed', sha256: SHA } as PattoVersionResponse;
const PATTO = { id: 'p1' } as PattoResponse;
const CHALLENGE_ID = '2d3e4f50-6172-4839-8a4b-5c6d7e8f9a0b';

function answerChallenge(onBody?: (body: unknown) => void) {
  server.use(
    http.post('/api/citizen/patti/p1/signature-challenges', async ({ request }) => {
      onBody?.(await request.json());
      return HttpResponse.json({ challengeId: CHALLENGE_ID, sentTo: 'f***@example.it', expiresAt: '2026-12-03T10:10:00Z' }, { status: 201 });
    }),
  );
}

describe('Firma il patto', () => {
  it('sends the code by e-mail, then refuses a code that is not 6 digits on the field (focused), without signing', async () => {
    let channelBody: unknown;
    let signed = false;
    answerChallenge((body) => (channelBody = body));
    server.use(http.post('/api/citizen/patti/p1/signatures', () => ((signed = true), problem(500, 'UNKNOWN'))));
    const user = userEvent.setup();
    renderWithApp(<PattoSignatureSection patto={PATTO} version={VERSION} onSigned={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: 'E-mail' }));
    await user.click(screen.getByRole('button', { name: 'Inviami il codice' }));
    const code = await screen.findByLabelText('Codice ricevuto');
    expect(channelBody).toEqual({ channel: 'email' });
    expect(screen.getByText(/Codice inviato a f\*\*\*@example.it/)).toBeInTheDocument();
    await waitFor(() => expect(code).toHaveFocus());

    await user.type(code, '12 34');
    await user.click(screen.getByRole('button', { name: 'Firma il patto' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(/Scrivi le 6 cifre del codice che hai ricevuto\./));
    expect(code).toHaveFocus();
    expect(signed).toBe(false);
  });

  it("signs the version read (its SHA-256) and shows the server's 400 on /code next to the code", async () => {
    let body: unknown;
    answerChallenge();
    server.use(
      http.post('/api/citizen/patti/p1/signatures', async ({ request }) => {
        body = await request.json();
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/code', constraint: 'matches' }]);
      }),
    );
    const onSigned = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<PattoSignatureSection patto={PATTO} version={VERSION} onSigned={onSigned} />);
    await user.click(screen.getByRole('button', { name: 'Inviami il codice' }));
    await user.type(await screen.findByLabelText('Codice ricevuto'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Firma il patto' }));
    const code = screen.getByLabelText('Codice ricevuto');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/Scrivi le 6 cifre del codice che hai ricevuto\./);
    expect(body).toEqual({ challengeId: CHALLENGE_ID, code: '123456', documentSha256: SHA });
    expect(onSigned).not.toHaveBeenCalled();
  });

  it("a refused challenge request: the server's 400 on /channel shows on the choice", async () => {
    server.use(http.post('/api/citizen/patti/p1/signature-challenges', () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/channel', constraint: 'isIn' }])));
    const user = userEvent.setup();
    renderWithApp(<PattoSignatureSection patto={PATTO} version={VERSION} onSigned={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Inviami il codice' }));
    const group = screen.getByRole('group', { name: 'Dove vuoi ricevere il codice?' });
    await waitFor(() => expect(group).toHaveAccessibleDescription("Scegli una delle opzioni dell'elenco."));
    expect(screen.queryByLabelText('Codice ricevuto')).not.toBeInTheDocument();
  });

  it('when the patto names an agency, lets the person share ticked parts of the dossier with it (nothing by default)', async () => {
    const bodies: unknown[] = [];
    answerChallenge();
    server.use(
      http.post('/api/citizen/patti/p1/signatures', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(PATTO, { status: 201 });
      }),
    );
    const withAgency = { ...VERSION, content: { agencyId: 'a1', agencyName: 'LavoroPiù' } } as PattoVersionResponse;
    const user = userEvent.setup();
    renderWithApp(<PattoSignatureSection patto={PATTO} version={withAgency} onSigned={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Inviami il codice' }));
    await user.type(await screen.findByLabelText('Codice ricevuto'), '123456');
    const group = screen.getByRole('group', { name: 'Cosa può vedere LavoroPiù (facoltativo)' });
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Dati anagrafici e contatti' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Piano delle attività' }));
    await user.click(screen.getByRole('button', { name: 'Firma il patto' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ challengeId: CHALLENGE_ID, code: '123456', documentSha256: SHA, agencyConsentParts: ['registry', 'plan'] });
  });
});
