import { createI18n } from '@opencpi/i18n';
import { allResources } from '@opencpi/i18n/testing';
import { server } from '@opencpi/web-testing';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { OpenDataDictionary } from './open-data-dictionary';

const DIDS = {
  it: 'DID rilasciate nel mese',
  en: 'DIDs filed in the month',
  ar: 'إعلانات الاستعداد الفوري للعمل (DID) المقدَّمة خلال الشهر',
  ro: 'Declarații de disponibilitate imediată (DID) depuse în lună',
  uk: 'Декларації про готовність до роботи (DID), подані за місяць',
};

function renderIn(language: string) {
  server.use(
    http.get('/api/public/open-data/dictionary', () =>
      HttpResponse.json({
        suppressionThreshold: 10,
        suppressionRule: DIDS,
        fields: [{ name: 'dids', type: 'integer', unit: 'count', description: DIDS, suppression: 'people', sourceTables: ['patto.dids'] }],
      }),
    ),
  );
  const i18n = createI18n('citizen', { resources: allResources });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <OpenDataDictionary />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the open data dictionary', () => {
  it("defines each field in the reader's language (Ukrainian), not in Italian or English", async () => {
    renderIn('uk');
    expect(await screen.findByText(/Декларації про готовність до роботи/)).toBeInTheDocument();
    expect(screen.queryByText(/DIDs filed in the month|DID rilasciate nel mese/)).not.toBeInTheDocument();
  });

  it('in Romanian for a Romanian reader', async () => {
    renderIn('ro');
    expect(await screen.findByText(/Declarații de disponibilitate imediată/)).toBeInTheDocument();
  });
});
