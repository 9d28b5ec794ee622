import { problem, renderWithApp, server } from '@opencpi/web-testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CitizensRoute } from '../../../app/routes/citizens';
import { CitizenSearchForm } from './citizen-search-form';

describe('Cerca cittadini', () => {
  it('refuses one letter and a fiscal code typed in part (SearchCitizensQuery), and searches a name', async () => {
    const onSearch = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CitizenSearchForm initialValue="" onSearch={onSearch} />, { app: 'operator' });
    const box = screen.getByLabelText('Codice fiscale o nome');

    await user.type(box, 'R');
    await user.click(screen.getByRole('button', { name: 'Cerca' }));
    await waitFor(() => expect(box).toHaveFocus());
    expect(box).toHaveAccessibleDescription(/Scrivi il codice fiscale completo oppure almeno 2 lettere del cognome o del nome\./);

    await user.type(box, 'SSMRA85');
    await user.click(screen.getByRole('button', { name: 'Cerca' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription(/Il codice fiscale ha 16 caratteri/));
    expect(onSearch).not.toHaveBeenCalled();

    await user.clear(box);
    await user.type(box, '  Rossi   Mario ');
    await user.click(screen.getByRole('button', { name: 'Cerca' }));
    await waitFor(() => expect(onSearch).toHaveBeenCalledWith('Rossi Mario'));
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it("shows the server's 400 on /fiscalCode on the search box (the search of the URL)", async () => {
    server.use(http.get('/api/operator/registry/citizens', () => problem(400, 'VALIDATION_FAILED', [{ pointer: '/fiscalCode', constraint: 'isFiscalCode' }])));
    renderWithApp(<CitizensRoute />, { app: 'operator', path: '/cittadini?q=RSSMRA85T10A562X' });
    const box = screen.getByLabelText('Codice fiscale o nome');
    expect(box).toHaveValue('RSSMRA85T10A562X');
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(box).toHaveAccessibleDescription(/Il codice fiscale non è valido: controlla di averlo scritto per intero/);
  });
});
