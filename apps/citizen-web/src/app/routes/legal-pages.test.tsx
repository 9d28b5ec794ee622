import { renderWithApp } from '@opencpi/web-testing';
import { AppLayout, LEGAL_PATHS, LegalPage } from '@opencpi/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('PA site basics', () => {
  it('links the privacy notice, legal notes and accessibility statement from the footer of every page', () => {
    renderWithApp(
      <AppLayout appName="Servizi per il lavoro" footerLinks={[{ to: '/dati-aperti', label: 'Dati aperti' }]}>
        <p>contenuto</p>
      </AppLayout>,
    );
    const footer = within(screen.getByRole('navigation', { name: 'Collegamenti utili' }));
    expect(footer.getByRole('link', { name: 'Dati aperti' })).toHaveAttribute('href', '/dati-aperti');
    expect(footer.getByRole('link', { name: 'Informativa privacy' })).toHaveAttribute('href', LEGAL_PATHS.privacy);
    expect(footer.getByRole('link', { name: 'Note legali' })).toHaveAttribute('href', LEGAL_PATHS.legalNotes);
    expect(footer.getByRole('link', { name: 'Dichiarazione di accessibilità' })).toHaveAttribute('href', LEGAL_PATHS.accessibility);
  });

  it('shows the accessibility statement with the sections of the AgID model and what the body must complete', () => {
    renderWithApp(<LegalPage kind="accessibility" />, { path: LEGAL_PATHS.accessibility });
    expect(screen.getByRole('heading', { level: 1, name: 'Dichiarazione di accessibilità' })).toBeInTheDocument();
    for (const section of ['Stato di conformità', 'Contenuti non accessibili', 'Redazione della dichiarazione', 'Segnalazioni e recapiti', 'Procedura di attuazione'])
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
    expect(screen.getByText(/parzialmente conforme/)).toBeInTheDocument();
    expect(screen.getAllByText("Da completare a cura dell'ente che gestisce il servizio.")).toHaveLength(1);
  });

  it('shows the privacy notice with the rights and the supervisory authority', () => {
    renderWithApp(<LegalPage kind="privacy" />, { path: LEGAL_PATHS.privacy });
    expect(screen.getByRole('heading', { level: 2, name: 'I tuoi diritti' })).toBeInTheDocument();
    expect(screen.getByText(/Garante per la protezione dei dati personali/)).toBeInTheDocument();
    expect(screen.getByRole('list')).toBeInTheDocument();
  });
});
