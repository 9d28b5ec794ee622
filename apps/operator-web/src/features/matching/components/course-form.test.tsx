import { problem, renderWithApp, server, taxonomyHandler } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CourseForm } from './course-form';

describe('Nuovo corso', () => {
  it("refuses what CourseBody refuses; then shows the server's 400 on /seats; on success empties the form", async () => {
    let calls = 0;
    server.use(
      taxonomyHandler('skills', [{ id: 9, label: 'usare il carrello elevatore', source: 'esco' }]),
      http.post('/api/operator/matching/courses', () => {
        calls += 1;
        return calls === 1 ? problem(400, 'VALIDATION_FAILED', [{ pointer: '/seats', constraint: 'max' }]) : HttpResponse.json({ id: 'c1' }, { status: 201 });
      }),
    );
    const onAdded = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CourseForm onAdded={onAdded} />, { app: 'operator' });

    await user.type(screen.getByLabelText('Ente'), 'F');
    await user.click(screen.getByRole('button', { name: 'Aggiungi il corso' }));
    await waitFor(() => expect(screen.getByLabelText('Ente')).toHaveAccessibleDescription("Scrivi l'ente (da 2 a 200 caratteri)."));
    expect(screen.getByLabelText('Ore')).toHaveAccessibleDescription('Scrivi un numero intero di ore da 1 a 2000.');
    expect(calls).toBe(0);

    await user.type(screen.getByLabelText('Ente'), 'ormazione Piemonte');
    await user.type(screen.getByLabelText('Titolo del corso'), 'Patentino muletto');
    await user.type(screen.getByRole('combobox', { name: 'Cerca una competenza' }), 'carr');
    await user.click(await screen.findByRole('option', { name: 'usare il carrello elevatore' }));
    await user.type(screen.getByLabelText('Ore'), '16');
    await user.type(screen.getByLabelText('Inizio'), '2027-01-10');
    await user.type(screen.getByLabelText('Fine'), '2027-01-20');
    await user.type(screen.getByLabelText('Posti'), '12');
    await user.click(screen.getByRole('button', { name: 'Aggiungi il corso' }));
    await waitFor(() => expect(screen.getByLabelText('Posti')).toHaveAccessibleDescription('Scrivi un numero intero di posti da 1 a 1000.'));

    await user.click(screen.getByRole('button', { name: 'Aggiungi il corso' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('Ente')).toHaveValue('');
  });
});
