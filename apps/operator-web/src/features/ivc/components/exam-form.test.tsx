import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ExamForm } from './exam-form';

const EXAM = '/api/operator/ivc/cases/k1/certification';

describe('Esito dell’esame della commissione', () => {
  it('needs the outcome and the minutes’ reference, refuses a future date (focused), shows the server’s 400 on its field, then records', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(EXAM, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? problem(400, 'VALIDATION_FAILED', [{ pointer: '/commissionRef', constraint: 'isLength' }])
          : HttpResponse.json({ id: 'k1', state: 'certified' });
      }),
    );
    const user = userEvent.setup();
    let said = '';
    renderWithApp(<ExamForm caseId="k1" onDone={(m) => (said = m)} />, { app: 'operator' });
    const date = screen.getByLabelText('Data dell’esame');
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Registra l’esito' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Esito dell’esame' })).toHaveFocus());
    expect(screen.getByText('Scegli l’esito.')).toBeInTheDocument();
    expect(date).toHaveAccessibleDescription('Scegli una data non futura.');
    expect(screen.getByLabelText('Riferimento del verbale della commissione')).toHaveAccessibleDescription('Scrivi da 2 a 100 caratteri.');
    expect(bodies).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Superato' }));
    await user.clear(date);
    await user.type(date, '2026-11-30');
    await user.type(screen.getByLabelText('Riferimento del verbale della commissione'), 'Verbale 12/2026');
    await user.click(screen.getByRole('button', { name: 'Registra l’esito' }));
    await waitFor(() => expect(screen.getByLabelText('Riferimento del verbale della commissione')).toHaveAttribute('aria-invalid', 'true'));
    expect(bodies[0]).toEqual({ outcome: 'passed', examDate: '2026-11-30', commissionRef: 'Verbale 12/2026' });
    await user.click(screen.getByRole('button', { name: 'Registra l’esito' }));
    await waitFor(() => expect(said).toBe('Esito dell’esame registrato.'));
    expect(bodies).toHaveLength(2);
  });
});
