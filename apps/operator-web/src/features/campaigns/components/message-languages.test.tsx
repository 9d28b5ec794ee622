import { renderWithApp } from '@opencpi/web-testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageLanguages } from './message-languages';

const variant = { subjectIt: 'Ti aspettiamo', subjectEn: 'We wait for you', bodyIt: 'Prenota il colloquio.', bodyEn: 'Book your interview.' };

describe('the languages of a campaign message', () => {
  it('names the languages written, Italian and English first, and says that the others read English', () => {
    renderWithApp(<MessageLanguages campaign={{ variants: [{ ...variant, variant: 'A', subjectUk: 'Чекаємо', bodyUk: 'Запишіться.', languages: ['it', 'en', 'uk'] }] }} />, {
      app: 'operator',
    });
    expect(screen.getByRole('heading', { name: 'Lingue del messaggio' })).toBeInTheDocument();
    expect(screen.getByText('italiano, inglese, ucraino')).toBeInTheDocument();
    expect(screen.getByText('Chi ha scelto un’altra lingua riceve il messaggio in inglese.')).toBeInTheDocument();
  });

  it('lists each variant’s languages in an A/B test', () => {
    renderWithApp(
      <MessageLanguages
        campaign={{
          variants: [
            { ...variant, variant: 'A', languages: ['it', 'en', 'ar', 'ro'] },
            { ...variant, variant: 'B', languages: ['it', 'en'] },
          ],
        }}
      />,
      { app: 'operator' },
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Variante A: italiano, inglese, arabo, rumeno', 'Variante B: italiano, inglese']);
  });
});
