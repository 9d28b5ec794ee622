import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NudgeForm } from './nudge-form';

const CITIZEN = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';

describe('Promemoria gentile', () => {
  it("refuses a message over NudgeBody's 500 characters; shows the server's 400; says when it was sent", async () => {
    let calls = 0;
    server.use(
      http.post(`/api/operator/ecoach/${CITIZEN}/nudge`, () => {
        calls += 1;
        return calls === 1 ? problem(400, 'VALIDATION_FAILED', [{ pointer: '/message', constraint: 'isLength' }]) : HttpResponse.json({ sentAt: '2026-12-02T10:00:00Z' });
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<NudgeForm citizenId={CITIZEN} />, { app: 'operator' });
    const message = screen.getByRole('textbox');
    await user.click(message);
    await user.paste('x'.repeat(501));
    await user.click(screen.getByRole('button', { name: 'Invia un promemoria gentile' }));
    await waitFor(() => expect(message).toHaveAttribute('aria-invalid', 'true'));
    expect(calls).toBe(0);

    await user.clear(message);
    await user.type(message, 'Ricordati il colloquio di lunedì.');
    await user.click(screen.getByRole('button', { name: 'Invia un promemoria gentile' }));
    await waitFor(() => expect(calls).toBe(1));
    await waitFor(() => expect(message).toHaveAttribute('aria-invalid', 'true'));

    await user.click(screen.getByRole('button', { name: 'Invia un promemoria gentile' }));
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement());
    expect(message).toHaveValue('');
  });
});
