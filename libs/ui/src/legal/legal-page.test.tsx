import { createI18n } from '@opencpi/i18n';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { LegalPage } from './legal-page';

async function renderIn(language: string) {
  const i18n = createI18n('citizen');
  await i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <LegalPage kind="privacy" />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return i18n;
}

describe('LegalPage: a translation, the Italian text binding', () => {
  it('says nothing of translations in Italian', async () => {
    await renderIn('it');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Informativa sul trattamento dei dati personali');
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('in Arabic, says the Italian text is binding and shows it on request, marked as Italian', async () => {
    const i18n = await renderIn('ar');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(i18n.t('legal.privacy.title'));
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(i18n.t('translation.notice'));
    await userEvent.click(within(note).getByRole('button', { name: i18n.t('translation.showItalian') }));
    const italian = screen.getByRole('heading', { level: 1 });
    expect(italian).toHaveTextContent('Informativa sul trattamento dei dati personali');
    expect(italian.closest('[lang]')).toHaveAttribute('lang', 'it');
    expect(italian.closest('[dir]')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('button', { name: i18n.t('translation.showTranslation') })).toHaveAttribute('aria-pressed', 'true');
  });
});
