import { authoredText, messageLanguages, optionalTexts, writtenLanguages } from './message-languages';

const base = { subjectIt: 'Ti aspettiamo', subjectEn: 'We are waiting for you', bodyIt: 'Prenota il primo colloquio.', bodyEn: 'Book your first interview.' };
const uk = { subjectUk: 'Чекаємо на вас', bodyUk: 'Запишіться на першу співбесіду.' };

describe('a campaign message in the reader’s language', () => {
  it('gives Italian and English as written and English to ar, ro, uk readers when only those two are written', () => {
    expect(authoredText(base, 'subject')).toEqual({
      it: 'Ti aspettiamo',
      en: 'We are waiting for you',
      ar: 'We are waiting for you',
      ro: 'We are waiting for you',
      uk: 'We are waiting for you',
    });
    expect(messageLanguages(base)).toEqual(['it', 'en']);
  });

  it('gives a written optional language to its readers and English to the others', () => {
    const m = { ...base, ...uk };
    expect(authoredText(m, 'body')).toEqual({ it: base.bodyIt, en: base.bodyEn, ar: base.bodyEn, ro: base.bodyEn, uk: uk.bodyUk });
    expect(authoredText(m, 'subject').uk).toBe(uk.subjectUk);
    expect(messageLanguages(m)).toEqual(['it', 'en', 'uk']);
  });

  it('counts a language only with both its subject and its body, blanks and nulls as absent', () => {
    const m = { ...base, subjectAr: 'ننتظرك', bodyAr: '  ', subjectRo: null, bodyRo: 'Programează primul interviu.', ...uk };
    expect(writtenLanguages(m)).toEqual(['uk']);
    expect(optionalTexts(m)).toEqual(uk);
    expect(authoredText(m, 'subject').ar).toBe(base.subjectEn);
  });
});
