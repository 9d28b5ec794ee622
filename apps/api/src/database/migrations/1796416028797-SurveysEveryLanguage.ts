import type { MigrationInterface, QueryRunner } from "typeorm";

type Texts = { it: string; en: string; ar: string; ro: string; uk: string };

/**
 * The survey questions of version 1 in every language a person can choose (the same wording translated: the version
 * stays, answers keep their codes). Exported for the catalogue check (no-italian-literals.spec.ts).
 */
export const SURVEY_QUESTIONS_V1: Record<string, (Texts & { code: string })[]> = {
    appointment: [
        { code: 'clarity', it: 'Le informazioni ricevute sono state chiare?', en: 'Was the information you received clear?', ar: 'هل كانت المعلومات التي تلقيتها واضحة؟', ro: 'Informațiile primite au fost clare?', uk: 'Чи була отримана інформація зрозумілою?' },
        { code: 'listening', it: "L'operatore ha ascoltato le tue esigenze?", en: 'Did the operator listen to your needs?', ar: 'هل استمع الموظف إلى احتياجاتك؟', ro: 'Operatorul ți-a ascultat nevoile?', uk: 'Чи вислухав консультант ваші потреби?' },
        { code: 'punctuality', it: "L'appuntamento è iniziato puntuale?", en: 'Did the appointment start on time?', ar: 'هل بدأ الموعد في الوقت المحدد؟', ro: 'Programarea a început la timp?', uk: 'Чи почалася зустріч вчасно?' },
    ],
    patto: [
        { code: 'clarity', it: 'Il patto di servizio è scritto in modo comprensibile?', en: 'Is the service agreement written in a way you understand?', ar: 'هل اتفاق الخدمة مكتوب بطريقة مفهومة؟', ro: 'Pactul de servicii este scris pe înțelesul tău?', uk: 'Чи зрозуміло написана угода про послуги?' },
        { code: 'fit', it: 'Le attività del patto rispondono alla tua situazione?', en: 'Do the activities of the agreement fit your situation?', ar: 'هل تناسب أنشطة الاتفاق وضعك؟', ro: 'Activitățile din pact se potrivesc situației tale?', uk: 'Чи відповідають заходи угоди вашій ситуації?' },
    ],
    certificate: [
        { code: 'ease', it: 'È stato facile ottenere il certificato?', en: 'Was it easy to get the certificate?', ar: 'هل كان الحصول على الشهادة سهلًا؟', ro: 'A fost ușor să obții certificatul?', uk: 'Чи було легко отримати довідку?' },
        { code: 'speed', it: 'Il certificato è arrivato in tempi adeguati?', en: 'Did you get the certificate in good time?', ar: 'هل وصلتك الشهادة في وقت مناسب؟', ro: 'Ai primit certificatul la timp?', uk: 'Чи отримали ви довідку вчасно?' },
    ],
    vacancy: [
        { code: 'candidates', it: 'I candidati proposti erano adatti alla posizione?', en: 'Were the proposed candidates suitable for the position?', ar: 'هل كان المرشحون المقترحون مناسبين للوظيفة؟', ro: 'Candidații propuși au fost potriviți pentru post?', uk: 'Чи підходили запропоновані кандидати на цю посаду?' },
        { code: 'support', it: "Il supporto del Centro per l'Impiego è stato utile?", en: 'Was the support of the employment centre useful?', ar: 'هل كان دعم مركز التوظيف مفيدًا؟', ro: 'Sprijinul Centrului pentru Ocuparea Forței de Muncă a fost util?', uk: 'Чи була корисною підтримка Центру зайнятості?' },
    ],
};

/** the fixed service names of surveys sent before this migration (a copy: a migration does not read the catalogues) */
const FIXED_NAMES: Texts[] = [
    { it: 'Patto di servizio personalizzato', en: 'Personalised service agreement', ar: 'اتفاق الخدمة الشخصي', ro: 'Pactul de servicii personalizat', uk: 'Персональна угода про послуги' },
    { it: 'Attestazione dello stato occupazionale', en: 'Employment status attestation', ar: 'شهادة الحالة المهنية', ro: 'Adeverință privind situația ocupațională', uk: 'Довідка про статус зайнятості' },
    { it: 'Storico dello stato occupazionale', en: 'Employment status history', ar: 'سجل الحالة المهنية', ro: 'Istoricul situației ocupaționale', uk: 'Історія статусу зайнятості' },
    { it: 'Estratto della scheda anagrafico-professionale', en: 'Professional record extract', ar: 'مستخرج من السجل الشخصي والمهني', ro: 'Extras din fișa personală și profesională', uk: 'Витяг з особової та професійної картки' },
    { it: 'Copia del patto di servizio', en: 'Copy of the service agreement', ar: 'نسخة من اتفاق الخدمة', ro: 'Copie a pactului de servicii', uk: 'Копія угоди про послуги' },
    { it: 'Certificato', en: 'Certificate', ar: 'شهادة', ro: 'Certificat', uk: 'Довідка' },
    { it: 'Prima accoglienza e informazioni', en: 'First reception and information', ar: 'الاستقبال الأول والمعلومات', ro: 'Prima primire și informații', uk: 'Перший прийом та інформація' },
];
/** the standard service types' names by code, for the appointments' surveys */
const SERVICE_TYPES: (Omit<Texts, 'it' | 'en'> & { code: string })[] = [
    { code: 'prima-accoglienza', ar: 'الاستقبال الأول والمعلومات', ro: 'Prima primire și informații', uk: 'Перший прийом та інформація' },
    { code: 'patto-servizio', ar: 'اتفاق الخدمة الشخصي', ro: 'Pactul de servicii personalizat', uk: 'Персональна угода про послуги' },
    { code: 'orientamento', ar: 'التوجيه المهني الأساسي', ro: 'Orientare profesională de bază', uk: 'Базова профорієнтація' },
    { code: 'colloquio-specialistico', ar: 'مقابلة توجيه متخصصة', ro: 'Interviu de orientare de specialitate', uk: 'Спеціалізована профорієнтаційна співбесіда' },
    { code: 'laboratorio-cv', ar: 'ورشة جماعية: كتابة السيرة الذاتية', ro: 'Atelier de grup: scrie-ți CV-ul', uk: 'Групове заняття: як написати резюме' },
];
const VACANCY = { it: 'Offerta di lavoro: ', ar: 'عرض العمل: ', ro: 'Ofertă de muncă: ', uk: 'Вакансія: ' };
const LOCALES = ['ar', 'ro', 'uk'] as const;

/**
 * Surveys in Arabic, Romanian and Ukrainian (session 23): the questions of version 1 get their texts in those
 * languages and every question set must have all five (a check), and each invitation keeps the service's name in them
 * too. Invitations sent before: the name is found by the fixed names, the vacancy's prefix or the appointment's
 * service type code; one of a service type without a translation keeps the English name (the agenda's rule).
 */
export class SurveysEveryLanguage1796416028797 implements MigrationInterface {
    name = 'SurveysEveryLanguage1796416028797'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const [kind, questions] of Object.entries(SURVEY_QUESTIONS_V1))
            await queryRunner.query(
                `UPDATE "surveys"."question_sets" s SET "questions" = (
                   SELECT jsonb_agg(COALESCE(t.q, o.q) ORDER BY o.n) FROM jsonb_array_elements(s."questions") WITH ORDINALITY AS o(q, n)
                     LEFT JOIN jsonb_array_elements($2::jsonb) AS t(q) ON t.q->>'code' = o.q->>'code' AND t.q->>'it' = o.q->>'it')
                 WHERE s."service_kind" = $1 AND s."version" = 1`,
                [kind, JSON.stringify(questions)],
            );
        await queryRunner.query(`ALTER TABLE "surveys"."question_sets" ADD CONSTRAINT "question_sets_every_language_check" CHECK (NOT jsonb_path_exists("questions", '$[*] ? (!(exists(@.it) && exists(@.en) && exists(@.ar) && exists(@.ro) && exists(@.uk)))'))`);
        for (const l of LOCALES) await queryRunner.query(`ALTER TABLE "surveys"."invitations" ADD "service_name_${l}" character varying(200)`);
        for (const n of FIXED_NAMES)
            await queryRunner.query(`UPDATE "surveys"."invitations" SET "service_name_ar" = $2, "service_name_ro" = $3, "service_name_uk" = $4 WHERE "service_name_it" = $1 AND "service_kind" <> 'vacancy'`, [n.it, n.ar, n.ro, n.uk]);
        await queryRunner.query(
            `UPDATE "surveys"."invitations" SET "service_name_ar" = left($1 || substr("service_name_it", $4), 200), "service_name_ro" = left($2 || substr("service_name_it", $4), 200), "service_name_uk" = left($3 || substr("service_name_it", $4), 200)
              WHERE "service_kind" = 'vacancy' AND starts_with("service_name_it", $5)`,
            [VACANCY.ar, VACANCY.ro, VACANCY.uk, VACANCY.it.length + 1, VACANCY.it],
        );
        for (const t of SERVICE_TYPES)
            await queryRunner.query(
                `UPDATE "surveys"."invitations" i SET "service_name_ar" = $2, "service_name_ro" = $3, "service_name_uk" = $4
                   FROM "agenda"."appointments" a JOIN "agenda"."slots" s ON s."id" = a."slot_id" JOIN "agenda"."service_types" t ON t."id" = s."service_type_id"
                  WHERE i."service_kind" = 'appointment' AND i."service_ref" = a."id"::text AND t."code" = $1`,
                [t.code, t.ar, t.ro, t.uk],
            );
        for (const l of LOCALES) {
            await queryRunner.query(`UPDATE "surveys"."invitations" SET "service_name_${l}" = "service_name_en" WHERE "service_name_${l}" IS NULL`);
            await queryRunner.query(`ALTER TABLE "surveys"."invitations" ALTER COLUMN "service_name_${l}" SET NOT NULL`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const l of LOCALES) await queryRunner.query(`ALTER TABLE "surveys"."invitations" DROP COLUMN "service_name_${l}"`);
        await queryRunner.query(`ALTER TABLE "surveys"."question_sets" DROP CONSTRAINT "question_sets_every_language_check"`);
        await queryRunner.query(`UPDATE "surveys"."question_sets" s SET "questions" = (SELECT jsonb_agg(q - 'ar' - 'ro' - 'uk' ORDER BY n) FROM jsonb_array_elements(s."questions") WITH ORDINALITY AS o(q, n))`);
    }
}
