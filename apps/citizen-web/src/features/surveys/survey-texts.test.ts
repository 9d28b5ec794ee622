import type { SurveyQuestionResponse } from '@opencpi/contracts';
import { describe, expect, it } from 'vitest';
import { languageOf, questionTextIn, serviceNameIn } from './survey-texts';

const SERVICE = {
  serviceNameIt: 'Patto di servizio personalizzato',
  serviceNameEn: 'Personalised service agreement',
  serviceNames: {
    it: 'Patto di servizio personalizzato',
    en: 'Personalised service agreement',
    ar: 'اتفاق الخدمة الشخصي',
    ro: 'Pactul de servicii personalizat',
    uk: 'Персональна угода про послуги',
  },
};
const QUESTION: SurveyQuestionResponse = {
  code: 'fit',
  textIt: 'Le attività del patto rispondono alla tua situazione?',
  textEn: 'Do the activities of the agreement fit your situation?',
  texts: {
    it: 'Le attività del patto rispondono alla tua situazione?',
    en: 'Do the activities of the agreement fit your situation?',
    ar: 'هل تناسب أنشطة الاتفاق وضعك؟',
    ro: 'Activitățile din pact se potrivesc situației tale?',
    uk: 'Чи відповідають заходи угоди вашій ситуації?',
  },
};

describe("a survey's texts in the reader's language", () => {
  it('picks the Ukrainian, Romanian or Arabic text the API sends, never the Italian or English one', () => {
    expect(serviceNameIn(SERVICE, 'uk')).toBe('Персональна угода про послуги');
    expect(serviceNameIn(SERVICE, 'ro-RO')).toBe('Pactul de servicii personalizat');
    expect(questionTextIn(QUESTION, 'ar')).toBe('هل تناسب أنشطة الاتفاق وضعك؟');
    expect(questionTextIn(QUESTION, 'it')).toBe('Le attività del patto rispondono alla tua situazione?');
  });

  it('reads Italian for a language OpenCPI does not speak, and the old fields of an API without every language', () => {
    expect(languageOf('de-DE')).toBe('it');
    expect(serviceNameIn({ serviceNameIt: 'Orientamento', serviceNameEn: 'Guidance' }, 'en')).toBe('Guidance');
    expect(questionTextIn({ code: 'x', textIt: 'Chiaro?', textEn: 'Clear?' }, 'it')).toBe('Chiaro?');
  });
});
