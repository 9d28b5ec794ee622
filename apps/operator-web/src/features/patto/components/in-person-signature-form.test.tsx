import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { InPersonSignatureForm } from './in-person-signature-form';

const PATTO = '6f1c2b1e-9d7a-4c53-8f1e-2a4b5c6d7e8f';

describe('Firma di persona', () => {
  it("asks for the file and refuses a text file (DocumentChoice), then shows the server's 400 on /file", async () => {
    let calls = 0;
    server.use(
      http.post(`/api/operator/patti/${PATTO}/in-person-signature`, () => {
        calls += 1;
        return problem(400, 'DOCUMENT_TYPE_NOT_ALLOWED', [{ pointer: '/file', constraint: 'mimeType' }]);
      }),
    );
    const user = userEvent.setup({ applyAccept: false });
    renderWithApp(<InPersonSignatureForm pattoId={PATTO} onUploaded={vi.fn()} />, { app: 'operator' });
    const file = screen.getByLabelText('Copia firmata scansionata (PDF, JPEG o PNG)');

    await user.click(screen.getByRole('button', { name: 'Carica la copia firmata' }));
    await waitFor(() => expect(file).toHaveFocus());
    expect(file).toHaveAccessibleDescription(/Scegli un file\./);

    await user.upload(file, new File(['ciao'], 'note.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Carica la copia firmata' }));
    await waitFor(() => expect(file).toHaveAccessibleDescription(/Puoi caricare solo file PDF, JPEG o PNG\./));
    expect(calls).toBe(0);

    await user.upload(file, new File(['%PDF-1.7'], 'patto-firmato.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(file).not.toHaveAttribute('aria-invalid'));
    await user.click(screen.getByRole('button', { name: 'Carica la copia firmata' }));
    await waitFor(() => expect(calls).toBe(1));
    await waitFor(() => expect(file).toHaveAccessibleDescription(/Puoi caricare solo file PDF, JPEG o PNG\./));
  });
});
