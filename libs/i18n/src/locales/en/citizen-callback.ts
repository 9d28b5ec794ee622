import type { Catalogue } from '../../catalogue';
import type { itCitizenCallback } from '../it/citizen-callback';

export const enCitizenCallback: Catalogue<typeof itCitizenCallback> = {
  title: 'I would rather be called back',
  intro: 'Leave us your number: an operator of your Employment Centre calls you during opening hours, usually within two working days.',
  loginPrompt: 'To ask for a call back, log in with SPID or CIE, or phone your Employment Centre yourself.',
  phone: 'Phone number',
  phoneHint: 'For example 333 123 4567. You can also write a foreign number with its prefix, for example +40.',
  phoneInvalid: 'Write a phone number: digits only, 6 to 15, with a + in front if it is foreign.',
  window: {
    legend: 'When you would like to be called',
    morning: 'In the morning (9–13)',
    afternoon: 'In the afternoon (14–17)',
    any: 'Any time during opening hours',
  },
  topic: 'What do you want to talk about? (optional)',
  topicHint: 'A few words are enough. You can also write in your own language. At most 500 characters.',
  submit: 'Ask to be called back',
  submitting: 'Sending the request…',
  open: 'We will call you back at {{phone}} ({{window}}). You asked on {{date}}.',
  done: 'We called you on {{date}}. If you still need help, you can ask again.',
  noAnswer: 'We tried to call you on {{date}}, but there was no answer. You can ask again.',
};
