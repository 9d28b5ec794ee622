import type { Catalogue } from '../../catalogue';
import type { itCitizenMessages } from '../it/citizen-messages';

export const enCitizenMessages: Catalogue<typeof itCitizenMessages> = {
  nav: 'How you get messages',
  title: 'How you want to receive messages',
  intro: 'Choose where we write to you and in which language. You can change your mind at any time.',
  channels: {
    legend: 'Where you want to receive messages',
    hint: 'Choose at least one: notices to attend and deadlines must reach you.',
    required: 'Choose at least one way to receive messages.',
    email: 'E-mail',
    sms: 'SMS',
    io: 'IO app',
  },
  locale: {
    legend: 'Which language you want the messages in',
    it: 'Italiano',
    en: 'English',
    ar: 'العربية',
    ro: 'Română',
    uk: 'Українська',
  },
  optOut: {
    legend: 'Messages that are not mandatory',
    label: 'I do not want information messages (Employment Centre campaigns, satisfaction surveys)',
    hint: 'You will still receive mandatory messages: notices to attend, appointments, deadlines and decisions about you.',
  },
  quietHours: 'We do not write at night: messages that are not urgent arrive after {{end}} (quiet hours {{start}}–{{end}}).',
  submit: 'Save my choices',
  submitting: 'Saving…',
  saved: 'Choices saved.',
  notSavedYet: 'You have not chosen yet: we write to you by e-mail and SMS, in Italian.',
};
