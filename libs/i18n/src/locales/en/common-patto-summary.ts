import type { Catalogue } from '../../catalogue';
import type { itCommonPattoSummary } from '../it/common-patto-summary';

export const enCommonPattoSummary: Catalogue<typeof itCommonPattoSummary> = {
  contact: 'Your contact person at {{office}} is {{responsible}}: you will be in touch every {{days}} days.',
  pathway: 'Your pathway: {{pathway}}.',
  pathways: {
    '1': 'Pathway 1 – Back to work',
    '2': 'Pathway 2 – Upskilling',
    '3': 'Pathway 3 – Reskilling',
    '4': 'Pathway 4 – Work and inclusion',
  },
  commitment: 'What you commit to do: {{text}}',
  proof: 'How you show it: {{text}}',
  deadlines: 'Next deadlines: {{list}}.',
  deadline: '{{title}} by {{date}}',
  sanctions: 'If you receive NASpI, DIS-COLL, ADI or SFL: if you do not take part without a justified reason, the benefit may be cut or lost.',
  help: "Do you need help, or would you rather sign at the desk? You can do it at your Employment Centre (Centro per l'Impiego).",
};
