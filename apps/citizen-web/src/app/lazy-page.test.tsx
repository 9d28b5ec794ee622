import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { AppLayout, lazyPage } from '@opencpi/ui';

/** A page module that arrives when the test says so, as a route chunk over a slow network. */
function slowModule() {
  let arrive: () => void = () => undefined;
  const loaded = new Promise<{ SlowRoute: () => ReactElement }>((resolve) => {
    arrive = () => resolve({ SlowRoute: () => <h1>Pagina caricata</h1> });
  });
  return { load: () => loaded, arrive: () => arrive() };
}

describe('lazyPage inside AppLayout', () => {
  it('shows the spinner inside the page frame while the page chunk loads, then the page', async () => {
    const chunk = slowModule();
    const SlowRoute = lazyPage(chunk.load, 'SlowRoute');
    renderWithApp(
      <AppLayout appName="Servizi per il lavoro">
        <SlowRoute />
      </AppLayout>,
    );
    // the frame is there at once: header, main with the announced spinner, footer
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('status'));
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Pagina caricata' })).not.toBeInTheDocument();

    chunk.arrive();
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina caricata' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
