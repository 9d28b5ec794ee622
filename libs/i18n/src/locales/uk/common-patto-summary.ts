import type { Catalogue } from '../../catalogue';
import type { itCommonPattoSummary } from '../it/common-patto-summary';

export const ukCommonPattoSummary: Catalogue<typeof itCommonPattoSummary> = {
  contact: 'Ваша контактна особа в {{office}}: {{responsible}}. Ви будете на звʼязку кожні {{days}} днів.',
  pathway: 'Ваш шлях: {{pathway}}.',
  pathways: {
    '1': 'Шлях 1 – Повернення до роботи',
    '2': 'Шлях 2 – Підвищення кваліфікації (upskilling)',
    '3': 'Шлях 3 – Перекваліфікація (reskilling)',
    '4': 'Шлях 4 – Робота та соціальна інтеграція',
  },
  commitment: 'Що ви зобовʼязуєтеся робити: {{text}}',
  proof: 'Як ви це підтверджуєте: {{text}}',
  deadlines: 'Найближчі терміни: {{list}}.',
  deadline: '{{title}} до {{date}}',
  sanctions: 'Якщо ви отримуєте NASpI, DIS-COLL, ADI або SFL: якщо ви не берете участі без поважної причини, допомогу можуть зменшити або припинити.',
  help: "Вам потрібна допомога або ви хочете підписати на особистому прийомі? Це можна зробити у вашому Центрі зайнятості (Centro per l'Impiego).",
};
