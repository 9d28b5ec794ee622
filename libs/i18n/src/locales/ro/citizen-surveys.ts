import type { Catalogue } from '../../catalogue';
import type { itCitizenSurveys } from '../it/citizen-surveys';

export const roCitizenSurveys: Catalogue<typeof itCitizenSurveys> = {
  nav: 'Evaluează serviciul',
  title: 'Evaluează serviciul',
  intro: 'După fiecare serviciu ne poți spune cum a fost. Nu este obligatoriu să răspunzi, iar în rezultate răspunsul tău nu este legat de numele tău.',
  kinds: { appointment: 'Programare', patto: 'Pactul de servicii', certificate: 'Certificat', vacancy: 'Ofertă de muncă' },
  statuses: { open: 'De evaluat', answered: 'Evaluat', expired: 'Închis' },
  list: {
    open: 'De evaluat',
    done: 'Deja evaluate sau închise',
    empty: 'Nu ai servicii de evaluat.',
    emptyDone: 'Niciunul.',
    item: '{{service}} · {{office}} · {{date}}',
    answer: 'Evaluează',
    view: 'Vezi răspunsul tău',
  },
  page: {
    title: 'Cum a fost?',
    service: 'Serviciu: {{name}}',
    office: 'Birou: {{name}}',
    date: 'Data: {{date}}',
    optional: 'Nu este obligatoriu să răspunzi. Durează un minut.',
  },
  rating: {
    legend: 'Cât de mulțumit ești de serviciu?',
    questionHint: 'De la 1 (deloc) la 5 (foarte mult)',
    levels: { '1': '1 – Deloc', '2': '2 – Puțin', '3': '3 – Destul de mult', '4': '4 – Mult', '5': '5 – Foarte mult' },
    required: 'Alege o notă de la 1 la 5.',
  },
  form: {
    questions: 'Încă câteva întrebări (opționale)',
    comment: 'Un comentariu (opțional)',
    commentHint: 'Nu scrie date personale: comentariul ajunge la responsabili fără numele tău. Îl poți retrage oricând.',
    commentTooLong: 'Cel mult 1000 de caractere.',
    submit: 'Trimite evaluarea',
    submitting: 'Se trimite…',
  },
  answered: {
    thanks: 'Mulțumim: evaluarea ta a fost înregistrată.',
    already: 'Ai răspuns deja la această evaluare: păstrăm primul răspuns.',
    yourRating: 'Nota ta: {{rating}} din 5',
    yourComment: 'Comentariul tău: «{{comment}}»',
    withdrawn: 'Ai retras comentariul.',
    withdraw: 'Retrage comentariul',
    withdrawing: 'Se retrage…',
  },
  invalid: {
    title: 'Linkul nu este valid',
    body: 'Acest link de evaluare nu există sau nu mai este valabil. Dacă ai intrat în cont, găsești evaluările deschise în «Evaluează serviciul».',
    expired: 'Această evaluare este închisă: nu se mai poate răspunde.',
  },
};
