import type { MessageText, PhraseName, TemplateName } from '../templates';

/** The messages in Ukrainian (polite "ви", as the citizen SPA), with the Italian templates' variables. */
export const UK_TEMPLATES: Record<TemplateName, MessageText> = {
  'appointment.confirmed': {
    subject: 'Зустріч підтверджено: {{service}}',
    body: 'Шановний(-а) {{name}},\nвашу зустріч «{{service}}» у {{office}} підтверджено на {{date}} о {{time}} ({{channel}}).\nВи можете перенести або скасувати її тут: {{link}}\nЯкщо вам потрібна допомога, телефонуйте: {{phone}}.',
  },
  'appointment.cancelled': {
    subject: 'Зустріч скасовано: {{service}}',
    body: 'Шановний(-а) {{name}},\nвашу зустріч «{{service}}» {{date}} о {{time}} скасовано.\nВи можете записатися на іншу тут: {{link}}',
  },
  'appointment.reminder': {
    subject: 'Нагадування: {{service}} {{when}}',
    body: 'Шановний(-а) {{name}},\nнагадуємо про вашу зустріч «{{service}}» у {{office}} {{date}} о {{time}} ({{channel}}).\nНе можете прийти? Перенесіть або скасуйте її тут: {{link}}',
  },
  'appointment.recall': {
    subject: 'Ви прийдете? {{service}} {{date}} о {{time}}',
    body: 'Шановний(-а) {{name}},\nнагадуємо про вашу зустріч «{{service}}» у {{office}} {{date}} о {{time}} ({{channel}}).\nВи прийдете? Дайте відповідь одним натисканням, без входу: {{recall}}\nЯкщо ви не можете прийти, ваша відповідь звільнить місце для іншої людини.',
  },
  'appointment.cancelled_by_office': {
    subject: 'Центр зайнятості скасував зустріч: {{service}}',
    body: 'Шановний(-а) {{name}},\nцентр зайнятості скасував вашу зустріч «{{service}}» {{date}} о {{time}}.\nПричина: {{reason}}\nВи можете записатися на іншу тут: {{link}}',
  },
  'invitation.sent': {
    subject: 'Оберіть, коли прийти: {{service}}',
    body: 'Шановний(-а) {{name}},\n{{office}} запрошує вас записатися на зустріч «{{service}}».\nОберіть зручний день і час до {{expires}}, без входу: {{link}}\nХочете прийти особисто або потрібна допомога? Телефонуйте: {{phone}}.',
  },
  'invitation.reminder': {
    subject: 'Нагадування: оберіть, коли прийти ({{service}})',
    body: 'Шановний(-а) {{name}},\nви ще не обрали час зустрічі «{{service}}» у {{office}}. Ви можете зробити це до {{expires}} тут: {{link}}\nЯкщо вам потрібна допомога, телефонуйте: {{phone}}.',
  },
  'convocation.sent': {
    subject: 'Виклик: {{service}} {{date}} о {{time}}',
    body: '{{text}}\n\nПідтвердьте, що ви його отримали, тут: {{link}}',
  },
  'dossier.message': {
    subject: 'Нове повідомлення від центру зайнятості',
    body: 'Шановний(-а) {{name}},\nу вашому особистому кабінеті є нове повідомлення. Прочитайте його тут: {{link}}',
  },
  'patto.proposed': {
    subject: 'Ваша угода про послуги готова до підпису',
    body: 'Шановний(-а) {{name}},\n{{office}} підготував вашу персональну угоду про послуги (patto di servizio). Прочитайте та підпишіть її тут: {{link}}\nХочете підписати особисто? Це можна зробити в центрі зайнятості.',
  },
  'patto.signature_code': {
    subject: 'Код для підпису угоди про послуги',
    body: 'Ваш код для підпису угоди про послуги: {{code}}. Він дійсний 10 хвилин. Нікому його не повідомляйте: центр зайнятості ніколи не попросить його у вас.',
  },
  'patto.signed': {
    subject: 'Угоду про послуги підписано',
    body: 'Шановний(-а) {{name}},\nвашу угоду про послуги (версія {{version}}) підписали всі сторони. PDF можна завантажити тут: {{link}}',
  },
  'ecoach.nudge': {
    subject: 'Як просувається ваш пошук роботи?',
    body: 'Шановний(-а) {{name}},\n{{message}}\nВи можете записати свої дії та переглянути найближчі терміни тут: {{link}}\nЯкщо вам потрібна допомога, напишіть до центру зайнятості з особистого кабінету.',
  },
  'matching.consent_request': {
    subject: 'Компанія зацікавилася вашим профілем',
    body: 'Шановний(-а) {{name}},\nцентр зайнятості хоче представити ваш профіль компанії {{company}} для вакансії «{{vacancy}}». Без вашої згоди компанія не бачить вашого імені. Дайте відповідь тут: {{link}}',
  },
  'matching.interview': {
    subject: 'Запрошення на співбесіду: {{vacancy}}',
    body: 'Шановний(-а) {{name}},\nвас запрошено на співбесіду щодо вакансії «{{vacancy}}» {{date}} о {{time}}, місце: {{place}}.\n{{note}}\nЯкщо ви не можете прийти, повідомте центр зайнятості з особистого кабінету: {{link}}',
  },
  'condizionalita.case_opened': {
    subject: 'Повідомлення центру зайнятості: {{benefit}}',
    body: 'Шановний(-а) {{name}},\n{{what}}\n{{consequence}}\nЯкщо у вас була поважна причина (наприклад, хвороба, серйозні сімейні обставини, непереборна сила), повідомте про неї та надайте документи до {{deadline}} в особистому кабінеті: {{link}}\nЯкщо вам потрібна допомога, зверніться до свого центру зайнятості.',
  },
  'condizionalita.case_justified': {
    subject: 'Пояснення прийнято: {{benefit}}',
    body: 'Шановний(-а) {{name}},\n{{decision}}\nПодробиці — у вашому особистому кабінеті: {{link}}',
  },
  'condizionalita.measure_decided': {
    subject: 'Рішення центру зайнятості: {{benefit}}',
    body: 'Шановний(-а) {{name}},\n{{what}}\n{{decision}}\nЛист із фактами, нормою та підставами — у вашому особистому кабінеті: {{link}}\n{{appeal}}',
  },
  'condizionalita.measure_reversed': {
    subject: 'Рішення скасовано: {{benefit}}',
    body: 'Шановний(-а) {{name}},\n{{decision}}\nПро скасування повідомлено INPS. Подробиці — у вашому особистому кабінеті: {{link}}',
  },
  'campaign.message': {
    subject: '{{subject}}',
    body: 'Шановний(-а) {{name}},\n{{body}}\n{{link}}\n\nНе хочете отримувати необов’язкові повідомлення? Повідомте свій центр зайнятості.',
  },
  'survey.invitation': {
    subject: 'Як усе пройшло? Оцініть послугу: {{service}}',
    body: 'Шановний(-а) {{name}},\nдякуємо, що звернулися до {{office}} щодо «{{service}}». Розкажіть, як усе пройшло: це займе хвилину, оцінка від 1 до 5, без входу: {{link}}\nВідповідати не обов’язково; у результатах ваша відповідь не пов’язана з вашим ім’ям.',
  },
};

export const UK_PHRASES: Record<PhraseName, string> = {
  a_company: 'без назви',
  the_employment_centre: 'центр зайнятості',
  in_person_at: 'особисто, {{office}}',
  by_video: 'відеозв’язком',
  by_phone: 'телефоном',
  in_two_days: 'через два дні',
  in_two_hours: 'через дві години',
};
