import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { CITIZEN_SIGNATURE, pattoOf, pattoVersion } from '../../features/patto/patto.test-kit';
import { PattoRoute } from './patto';

const version = pattoVersion;
const patto = (versions: object[]) => pattoOf(versions);

function answer(items: object[]) {
  server.use(http.get('/api/citizen/patti', () => HttpResponse.json({ items })));
  renderWithApp(<PattoRoute />);
}

describe('/patto: what the page shows for each state of the patto', () => {
  it('no patto yet: says so and offers to book an appointment', async () => {
    answer([]);
    expect(await screen.findByText(/Non hai ancora un patto di servizio/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Firma il patto' })).not.toBeInTheDocument();
  });

  it('draft: only the status, no text to read or sign', async () => {
    answer([patto([version(1, 'draft')])]);
    expect(await screen.findByText("Il Centro per l'Impiego sta preparando il tuo patto")).toBeInTheDocument();
    expect(screen.queryByText('Testo del patto, versione 1.')).not.toBeInTheDocument();
  });

  it('proposed: the text and the signature section', async () => {
    answer([patto([version(1, 'proposed')])]);
    expect(await screen.findByText('Da firmare')).toBeInTheDocument();
    expect(screen.getByText('Testo del patto, versione 1.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Firma il patto' })).toBeInTheDocument();
  });

  it('signed by the person: no signature section, the signature said in a status box', async () => {
    answer([patto([version(1, 'signed', [CITIZEN_SIGNATURE])])]);
    expect(await screen.findByText('Firmato')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Firma il patto' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Hai firmato/);
  });

  it('an amendment in the works: the version in force is shown, with a note', async () => {
    answer([patto([version(1, 'signed', [CITIZEN_SIGNATURE]), version(2, 'draft')])]);
    expect(await screen.findByText(/sta preparando una nuova versione/)).toBeInTheDocument();
    expect(screen.getByText('Testo del patto, versione 1.')).toBeInTheDocument();
  });
});
