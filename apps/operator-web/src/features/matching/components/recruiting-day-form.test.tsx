import type { OfficeResponse, VacancyResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { RecruitingDayForm } from './recruiting-day-form';

const OFFICE = { id: '0b7c1f0e-4a8d-4f2b-9c1e-3d5f7a9b1c2d', name: 'CPI Torino' } as OfficeResponse;
const VACANCY = { id: '5a0e8f4c-2b1d-4c3e-9f8a-7b6c5d4e3f21', title: 'Commesso/a di negozio' } as VacancyResponse;

describe('Nuovo recruiting day', () => {
  it("refuses what RecruitingDayBody refuses; sends the one vacancy checked; shows the server's 400 on /endTime", async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/operator/matching/recruiting-days', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/endTime', constraint: 'matches' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<RecruitingDayForm offices={[OFFICE]} vacancies={[VACANCY]} onCreated={vi.fn()} />, { app: 'operator' });

    await user.type(screen.getByLabelText('Titolo', { exact: true }), 'RD');
    await user.type(screen.getByLabelText('Colloqui dalle (facoltativo)'), '09:00');
    await user.click(screen.getByRole('button', { name: 'Crea il recruiting day' }));
    await waitFor(() => expect(screen.getByLabelText('Titolo', { exact: true })).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Colloqui fino alle')).toHaveAttribute('aria-invalid', 'true');
    expect(body).toBeUndefined();

    await user.type(screen.getByLabelText('Titolo', { exact: true }), ' del commercio');
    await user.type(screen.getByLabelText('Giorno', { exact: true }), '2027-01-15');
    await user.type(screen.getByLabelText('Luogo o link'), 'Sala riunioni');
    await user.type(screen.getByLabelText('Colloqui fino alle'), '10:00');
    await user.type(screen.getByLabelText('Durata di ogni colloquio (minuti)'), '30');
    await user.click(screen.getByRole('checkbox', { name: 'Commesso/a di negozio' }));
    await user.click(screen.getByRole('button', { name: 'Crea il recruiting day' }));

    await waitFor(() => expect(body).toMatchObject({ title: 'RD del commercio', vacancyIds: [VACANCY.id], slotMinutes: 30, startTime: '09:00' }));
    await waitFor(() => expect(screen.getByLabelText('Colloqui fino alle')).toHaveAttribute('aria-invalid', 'true'));
  });
});
