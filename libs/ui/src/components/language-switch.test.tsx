import { createI18n } from '@opencpi/i18n';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from './language-switch';

/** the switch under an app's i18n instance, Italian (bundled: no chunk to wait for) */
const renderIn = (app: 'citizen' | 'operator') =>
  render(
    <I18nextProvider i18n={createI18n(app)}>
      <LanguageSwitch />
    </I18nextProvider>,
  );

describe('LanguageSwitch', () => {
  it("lists the citizen app's five languages, each in its own name", () => {
    renderIn('citizen');
    const options = within(screen.getByLabelText('Lingua')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Italiano', 'English', 'العربية', 'Română', 'Українська']);
    expect(options.map((o) => o.getAttribute('lang'))).toEqual(['it', 'en', 'ar', 'ro', 'uk']);
    expect(options[2]).toHaveAttribute('dir', 'rtl');
  });

  it('lists Italian and English only in the back office', () => {
    renderIn('operator');
    const options = within(screen.getByLabelText('Lingua')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Italiano', 'English']);
  });
});
