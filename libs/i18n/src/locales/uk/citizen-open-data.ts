import type { Catalogue } from '../../catalogue';
import type { itCitizenOpenData } from '../it/citizen-open-data';

export const ukCitizenOpenData: Catalogue<typeof itCitizenOpenData> = {
  title: 'Відкриті дані Центрів зайнятості',
  intro:
    "Щомісячні показники кожного Центру зайнятості (Centro per l'Impiego) і Регіону: DID, перші контакти вчасно, угоди, зустрічі, вакансії та задоволеність. Ви можете переглянути їх тут або завантажити й вільно використовувати.",
  figures: 'Показники місяця',
  month: 'Місяць',
  empty: 'Немає даних за цей місяць.',
  suppressed: 'дані приховано',
  notAvailable: 'н/д',
  suppressionRule:
    'щоб захистити людей, значення, що охоплює менше ніж {{threshold}} осіб (< {{threshold}}), не публікується; не публікуються й значення, з яких його можна обчислити як різницю від загального показника регіону. «н/д» означає, що дані ще не зібрано.',
  table: {
    caption: 'Показники за CPI, {{month}}',
    office: 'Центр зайнятості',
    region: 'Разом {{region}}',
  },
  fields: {
    dids: 'Подані DID',
    first_contacts_due: 'Належні перші контакти',
    first_contacts_in_window: 'Перші контакти вчасно',
    patti_signed: 'Підписані угоди',
    median_days_to_patto: 'Днів від DID до угоди (медіана)',
    appointments: 'Зустрічі',
    appointments_remote: 'Дистанційні зустрічі',
    no_shows: 'Неявки',
    attendance_recorded: 'Зафіксовані відвідування',
    conditionality_cases: 'Провадження щодо умов отримання допомоги',
    vacancies_published: 'Опубліковані вакансії',
    vacancies_filled: 'Заповнені вакансії',
    median_days_to_fill: 'Днів до заповнення вакансії (медіана)',
    satisfaction_answers: 'Відповіді на анкети',
    satisfaction_mean: 'Середня задоволеність (1–5)',
  },
  downloads: {
    title: 'Завантажити дані',
    csv: 'Показники у форматі CSV',
    json: 'Показники у форматі JSON',
    dictionary: 'Словник даних (JSON)',
    catalog: 'Метадані DCAT-AP_IT (JSON-LD)',
    licence: 'Ліцензія: {{licence}}.',
  },
  dictionary: {
    title: 'Словник даних',
    sources: '(Вихідні таблиці: {{tables}}.)',
  },
};
