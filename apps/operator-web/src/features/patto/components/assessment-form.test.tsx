import type { ProfilingResponse } from '@opencpi/contracts';
import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentForm } from './assessment-form';

const CITIZEN = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';
const PROFILING = {
  id: 'pr1',
  modelVersion: '1',
  modelNote: '',
  index: 0.42,
  factors: [],
  computedAt: '2026-11-20T09:00:00Z',
  suggestedPathway: 2,
} as unknown as ProfilingResponse;

describe('Valutazione qualitativa', () => {
  it("asks for the skills gap (QualitativeAssessmentBody), then shows the server's 400 on /overrideReason", async () => {
    let calls = 0;
    server.use(
      http.post(`/api/operator/patto/citizens/${CITIZEN}/assessment`, () => {
        calls += 1;
        return problem(400, 'VALIDATION_FAILED', [{ pointer: '/overrideReason', constraint: 'isDefined' }]);
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<AssessmentForm citizenId={CITIZEN} profiling={PROFILING} onSaved={vi.fn()} />, { app: 'operator' });

    await user.click(screen.getByRole('button', { name: 'Salva la valutazione' }));
    expect(await screen.findByText('Scegli il divario di competenze.')).toBeInTheDocument();
    expect(calls).toBe(0);

    await user.click(screen.getByRole('radio', { name: 'Nessuno' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Percorso GOL/ }), '4');
    await user.click(screen.getByRole('button', { name: 'Salva la valutazione' }));
    const reason = screen.getByRole('textbox', { name: /Motivo/ });
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Scrivi perché scegli un percorso diverso/);
    expect(calls).toBe(1);
  });
});
