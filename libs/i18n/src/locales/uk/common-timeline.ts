import type { Catalogue } from '../../catalogue';
import type { itCommonTimeline } from '../it/common-timeline';

export const ukCommonTimeline: Catalogue<typeof itCommonTimeline> = {
  did: { filed: 'DID подано', revoked: 'DID відкликано' },
  profiling: { computed: 'Кількісне профілювання', assessed: 'Якісна оцінка: шлях GOL {{pathway}}' },
  patto: {
    proposed: 'Запропоновано угоду про послуги (версія {{version}})',
    signed: 'Угоду про послуги підписали всі сторони (версія {{version}})',
    signature: 'Підпис угоди (версія {{version}}): {{signerName}}',
  },
  plan: {
    activity: 'Записано дію: {{title}}',
    action_done: 'Дію з угоди виконано: {{title}}',
    action_not_done: 'Дію з угоди не виконано: {{title}}',
  },
  appointment: {
    booked_booked: 'Зустріч «{{serviceUk}}» {{date}} о {{time}}',
    booked_cancelled: 'Зустріч «{{serviceUk}}» {{date}} о {{time}} (скасовано)',
    booked_attended: 'Зустріч «{{serviceUk}}» {{date}} о {{time}} (присутність)',
    booked_absent: 'Зустріч «{{serviceUk}}» {{date}} о {{time}} (відсутність)',
    booked_absent_justified: 'Зустріч «{{serviceUk}}» {{date}} о {{time}} (відсутність з поважної причини)',
    booked_late_cancelled: 'Зустріч «{{serviceUk}}» {{date}} о {{time}} (скасовано із запізненням)',
  },
  document: { uploaded: 'Документ завантажено: {{fileName}}' },
  message: { sent: 'Повідомлення від {{senderName}}' },
  delegation: { granted: 'Довіреність для {{organisationName}}', revoked: 'Довіреність для {{organisationName}} відкликано' },
  intermediary: {
    did_filed: 'DID подав(-ла) для вас {{delegateName}} ({{organisationName}})',
    appointment_booked: 'Зустріч для вас записав(-ла) {{delegateName}} ({{organisationName}})',
    appointment_moved: 'Зустріч для вас переніс (перенесла) {{delegateName}} ({{organisationName}})',
    document_uploaded: 'Документ для вас завантажив(-ла) {{delegateName}} ({{organisationName}})',
  },
};
