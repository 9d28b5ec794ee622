import { renderWithApp, server } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { PattoRoute } from './patto';

const CONTENT = {
  pathway: 1,
  responsibleName: 'Laura Bianchi',
  jobSearchActs: 'Due candidature al mese.',
  contactFrequencyDays: 30,
  proofOfSearch: 'Copia delle candidature.',
  availabilityWorkshops: true,
  availabilityTraining: true,
  availabilityCongruousOffers: true,
  actions: [{ type: 'workshop', title: 'Laboratorio CV', provider: 'cpi', dueDate: '2026-12-15' }],
};
const version = (n: number, status: string, signatures: object[] = []) => ({
  version: n,
  status,
  content: CONTENT,
  summary: 'In breve.',
  fullText: `Testo del patto, versione ${n}.`,
  createdAt: '2026-11-20T09:00:00Z',
  requiredParties: ['citizen', 'operator'],
  signatures,
});
const patto = (versions: object[]) => ({
  id: 'p1',
  citizenId: 'c1',
  citizenName: 'Fatima Khalil',
  citizenFiscalCode: 'KHLFTM95M52Z330E',
  officeId: 'o1',
  officeName: "Centro per l'Impiego di Torino",
  status: 'proposed',
  currentVersion: versions.length,
  versions,
});
const CITIZEN_SIGNATURE = {
  party: 'citizen',
  signerName: 'Fatima Khalil',
  signerFiscalCode: 'KHLFTM95M52Z330E',
  method: 'otp_remote',
  documentSha256: 'a'.repeat(64),
  signedAt: '2026-11-21T10:00:00Z',
};

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
