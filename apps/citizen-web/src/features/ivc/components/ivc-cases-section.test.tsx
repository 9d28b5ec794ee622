import { renderWithApp, server } from '@opencpi/web-testing';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { IvcCasesSection } from './ivc-cases-section';

const C1 = '3f1c1e1a-2222-4222-8222-222222222221';
const C2 = '3f1c1e1a-2222-4222-8222-222222222222';
const qualification = (title: string) => ({
  id: `q-${title}`,
  region: '01',
  code: 'PIE-0042',
  title,
  eqfLevel: 3,
  adaRefs: [],
  source: 'sample',
  sample: true,
  verified: false,
  competences: [
    { id: C1, code: 'C1', title: 'Preparare i piatti', description: '' },
    { id: C2, code: 'C2', title: 'Curare l’igiene degli ambienti', description: '' },
  ],
});
const output = (id: string, kind: string, hasBadge: boolean) => ({ id, kind, issuedAt: '2026-12-02T10:00:00.000Z', sha256: 'a'.repeat(64), pdfUrl: '', hasBadge });

describe('Le mie richieste di validazione', () => {
  it('says "in corso" (never an outcome) while validation is open, and a final outcome with its documents and badge once closed', async () => {
    server.use(
      http.get('/api/citizen/ivc/cases', () =>
        HttpResponse.json({
          items: [
            {
              id: 'open',
              phase: 'in_progress',
              qualification: qualification('Operatore della ristorazione'),
              requestedAt: '2026-12-01T10:00:00.000Z',
              officeName: 'CPI Torino',
              // even if an id slipped through, an unfinished case never lists competences as validated
              validatedCompetenceIds: [C1],
              outputs: [output('o-t', 'transparency', false)],
            },
            {
              id: 'done',
              phase: 'validated',
              qualification: qualification('Addetto alla cucina'),
              requestedAt: '2026-11-01T10:00:00.000Z',
              validatedCompetenceIds: [C1],
              outputs: [output('o-v', 'validation', true)],
            },
          ],
        }),
      ),
    );
    renderWithApp(<IvcCasesSection />);
    await screen.findByRole('heading', { level: 3, name: /Operatore della ristorazione/ });
    const [open, done] = screen.getAllByRole('heading', { level: 3 }).map((h) => h.closest('li')!);

    expect(within(open!).getByText('In corso')).toBeInTheDocument();
    expect(within(open!).getByText('La procedura non è ancora conclusa. L’esito comparirà qui solo quando sarà definitivo.')).toBeInTheDocument();
    expect(within(open!).queryByText('Competenze validate')).not.toBeInTheDocument();
    expect(within(open!).queryByText('Preparare i piatti')).not.toBeInTheDocument();
    expect(within(open!).getByRole('link', { name: 'Scarica il PDF: Documento di trasparenza' })).toHaveAttribute('href', '/api/citizen/ivc/outputs/o-t/pdf');
    expect(within(open!).queryByRole('link', { name: /badge/ })).not.toBeInTheDocument();

    expect(within(done!).getByText('Competenze validate')).toBeInTheDocument();
    expect(within(done!).getByText('Competenze riconosciute')).toBeInTheDocument();
    expect(within(done!).getByText('La procedura è conclusa: questo è l’esito definitivo.')).toBeInTheDocument();
    expect(within(done!).getByText('Preparare i piatti')).toBeInTheDocument();
    expect(within(done!).queryByText('Curare l’igiene degli ambienti')).not.toBeInTheDocument();
    expect(within(done!).getByRole('link', { name: 'Scarica il PDF: Documento di validazione' })).toHaveAttribute('href', '/api/citizen/ivc/outputs/o-v/pdf');
    expect(within(done!).getByRole('link', { name: 'Scarica il badge (.jwt): Documento di validazione' })).toHaveAttribute('href', '/api/citizen/ivc/outputs/o-v/badge');
    expect(within(done!).getByRole('link', { name: 'Verifica una credenziale' })).toHaveAttribute('href', '/verifica-credenziale');
  });

  it('says when there is no request yet', async () => {
    server.use(http.get('/api/citizen/ivc/cases', () => HttpResponse.json({ items: [] })));
    renderWithApp(<IvcCasesSection />);
    expect(await screen.findByText('Non hai ancora chiesto la validazione delle tue competenze.')).toBeInTheDocument();
  });
});
