import type { Catalogue } from '../../catalogue';
import type { itCommonPattoSummary } from '../it/common-patto-summary';

export const roCommonPattoSummary: Catalogue<typeof itCommonPattoSummary> = {
  contact: 'Persoana ta de contact la {{office}} este {{responsible}}: veți vorbi o dată la {{days}} zile.',
  pathway: 'Parcursul tău: {{pathway}}.',
  pathways: {
    '1': 'Parcursul 1 – Întoarcerea la muncă',
    '2': 'Parcursul 2 – Actualizarea competențelor (upskilling)',
    '3': 'Parcursul 3 – Recalificare (reskilling)',
    '4': 'Parcursul 4 – Muncă și incluziune',
  },
  commitment: 'Ce te angajezi să faci: {{text}}',
  proof: 'Cum dovedești: {{text}}',
  deadlines: 'Următoarele termene: {{list}}.',
  deadline: '{{title}} până pe {{date}}',
  sanctions: 'Dacă primești NASpI, DIS-COLL, ADI sau SFL: dacă nu participi fără un motiv întemeiat, ajutorul poate fi redus sau pierdut.',
  help: "Ai nevoie de ajutor sau preferi să semnezi la ghișeu? Poți face asta la Centrul tău pentru Ocuparea Forței de Muncă (Centro per l'Impiego).",
};
