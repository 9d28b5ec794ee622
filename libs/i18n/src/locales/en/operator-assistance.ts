import type { Catalogue } from '../../catalogue';
import type { itOperatorAssistance } from '../it/operator-assistance';

export const enOperatorAssistance: Catalogue<typeof itOperatorAssistance> = {
  title: 'People to call back',
  intro: 'They asked to be called back from the help page. Oldest requests first.',
  empty: 'No open callback request.',
  caption: 'Open callback requests of your Employment Centres',
  columns: { person: 'Person', phone: 'Phone', window: 'When', topic: 'Topic', requested: 'Asked on', actions: 'Outcome' },
  window: { morning: 'Morning', afternoon: 'Afternoon', any: 'Any time' },
  done: 'Call made',
  noAnswer: 'No answer',
  doneFor: 'Call made to {{name}}',
  noAnswerFor: '{{name}} does not answer',
  recorded: 'Outcome recorded for {{name}}.',
};
