import type { Catalogue } from '../../catalogue';
import type { itCitizenCallback } from '../it/citizen-callback';

export const roCitizenCallback: Catalogue<typeof itCitizenCallback> = {
  title: 'Prefer să fiu sunat înapoi',
  intro:
    "Lasă-ne numărul tău: un operator de la Centrul tău pentru Ocuparea Forței de Muncă (Centro per l'Impiego) te sună în timpul programului, de obicei în două zile lucrătoare.",
  loginPrompt: 'Ca să ceri să fii sunat înapoi, intră cu SPID sau CIE, sau sună tu la Centrul tău.',
  phone: 'Număr de telefon',
  phoneHint: 'De exemplu 333 123 4567. Poți scrie și un număr străin cu prefixul, de exemplu +40.',
  phoneInvalid: 'Scrie un număr de telefon: doar cifre, între 6 și 15, cu + în față dacă este străin.',
  window: {
    legend: 'Când preferi să fii sunat',
    morning: 'Dimineața (9–13)',
    afternoon: 'După-amiaza (14–17)',
    any: 'Când vreți voi, în timpul programului',
  },
  topic: 'Despre ce vrei să vorbești? (opțional)',
  topicHint: 'Sunt de ajuns câteva cuvinte. Poți scrie și în limba ta. Cel mult 500 de caractere.',
  submit: 'Cere să fii sunat înapoi',
  submitting: 'Se trimite cererea…',
  open: 'Te vom suna înapoi la numărul {{phone}} ({{window}}). Ai făcut cererea pe {{date}}.',
  done: 'Te-am sunat pe {{date}}. Dacă mai ai nevoie, poți cere din nou.',
  noAnswer: 'Am încercat să te sunăm pe {{date}}, dar nu ai răspuns. Poți cere din nou.',
};
