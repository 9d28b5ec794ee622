import type { Catalogue } from '../../catalogue';
import type { itCitizenMessages } from '../it/citizen-messages';

export const roCitizenMessages: Catalogue<typeof itCitizenMessages> = {
  nav: 'Cum primești mesajele',
  title: 'Cum vrei să primești mesajele',
  intro: 'Alege unde îți scriem și în ce limbă. Te poți răzgândi oricând.',
  channels: {
    legend: 'Unde vrei să primești mesajele',
    hint: 'Alege cel puțin unul: convocările și termenele trebuie să ajungă la tine.',
    required: 'Alege cel puțin un mod de a primi mesajele.',
    email: 'E-mail',
    sms: 'SMS',
    io: 'Aplicația IO',
  },
  locale: {
    legend: 'În ce limbă vrei mesajele',
    it: 'Italiano',
    en: 'English',
    ar: 'العربية',
    ro: 'Română',
    uk: 'Українська',
  },
  optOut: {
    legend: 'Mesaje care nu sunt obligatorii',
    label: "Nu vreau să primesc mesaje informative (campanii ale Centrului pentru Ocuparea Forței de Muncă (Centro per l'Impiego), chestionare de mulțumire)",
    hint: 'Vei primi oricum mesajele obligatorii: convocări, programări, termene și decizii care te privesc.',
  },
  quietHours: 'Noaptea nu îți scriem: mesajele care nu sunt urgente ajung după ora {{end}} (ore de liniște {{start}}–{{end}}).',
  submit: 'Salvează alegerile mele',
  submitting: 'Se salvează…',
  saved: 'Alegeri salvate.',
  notSavedYet: 'Nu ai ales încă: îți scriem prin e-mail și SMS, în italiană.',
};
