import type { MessageText, PhraseName, TemplateName } from '../templates';

/**
 * The messages in Arabic (Modern Standard Arabic, simple, neutral), with the Italian templates' variables. Dates,
 * times, codes and links stay in Latin digits and letters, as on every Italian letter.
 */
export const AR_TEMPLATES: Record<TemplateName, MessageText> = {
  'appointment.confirmed': {
    subject: 'تم تأكيد الموعد: {{service}}',
    body: 'عزيزي/عزيزتي {{name}}،\nتم تأكيد موعدك "{{service}}" في {{office}} يوم {{date}} الساعة {{time}} ({{channel}}).\nيمكنك تغييره أو إلغاؤه من هنا: {{link}}\nإذا كنت بحاجة إلى مساعدة، اتصل بـ {{phone}}.',
  },
  'appointment.cancelled': {
    subject: 'تم إلغاء الموعد: {{service}}',
    body: 'عزيزي/عزيزتي {{name}}،\nتم إلغاء موعدك "{{service}}" يوم {{date}} الساعة {{time}}.\nيمكنك حجز موعد آخر من هنا: {{link}}',
  },
  'appointment.reminder': {
    subject: 'تذكير: {{service}} {{when}}',
    body: 'عزيزي/عزيزتي {{name}}،\nنذكّرك بموعدك "{{service}}" في {{office}} يوم {{date}} الساعة {{time}} ({{channel}}).\nلا تستطيع الحضور؟ غيّره أو ألغه من هنا: {{link}}',
  },
  'appointment.recall': {
    subject: 'هل ستحضر؟ {{service}} يوم {{date}} الساعة {{time}}',
    body: 'عزيزي/عزيزتي {{name}}،\nنذكّرك بموعدك "{{service}}" في {{office}} يوم {{date}} الساعة {{time}} ({{channel}}).\nهل ستحضر؟ أجب بنقرة واحدة، بدون تسجيل الدخول: {{recall}}\nإذا كنت لا تستطيع الحضور، فإن جوابك يترك المكان لشخص آخر.',
  },
  'appointment.cancelled_by_office': {
    subject: 'ألغى مركز التوظيف الموعد: {{service}}',
    body: 'عزيزي/عزيزتي {{name}}،\nألغى مركز التوظيف موعدك "{{service}}" يوم {{date}} الساعة {{time}}.\nالسبب: {{reason}}\nيمكنك حجز موعد آخر من هنا: {{link}}',
  },
  'invitation.sent': {
    subject: 'اختر وقت حضورك: {{service}}',
    body: 'عزيزي/عزيزتي {{name}}،\nيوجّه إليك {{office}} دعوة لحجز موعد "{{service}}".\nاختر اليوم والساعة المناسبين لك قبل {{expires}}، بدون تسجيل الدخول: {{link}}\nتفضّل الحضور شخصيًا أو تحتاج إلى مساعدة؟ اتصل بـ {{phone}}.',
  },
  'invitation.reminder': {
    subject: 'تذكير: اختر وقت حضورك ({{service}})',
    body: 'عزيزي/عزيزتي {{name}}،\nلم تختر بعد موعد "{{service}}" في {{office}}. يمكنك ذلك قبل {{expires}} من هنا: {{link}}\nإذا كنت بحاجة إلى مساعدة، اتصل بـ {{phone}}.',
  },
  'convocation.sent': {
    subject: 'استدعاء: {{service}} يوم {{date}} الساعة {{time}}',
    body: '{{text}}\n\nأكّد استلامك له من هنا: {{link}}',
  },
  'dossier.message': {
    subject: 'رسالة جديدة من مركز التوظيف',
    body: 'عزيزي/عزيزتي {{name}}،\nلديك رسالة جديدة في المنطقة الخاصة. اقرأها من هنا: {{link}}',
  },
  'patto.proposed': {
    subject: 'اتفاق الخدمة جاهز للتوقيع',
    body: 'عزيزي/عزيزتي {{name}}،\nأعدّ {{office}} اتفاق الخدمة الشخصي الخاص بك (patto di servizio). اقرأه ووقّعه من هنا: {{link}}\nتفضّل التوقيع شخصيًا؟ يمكنك ذلك في مركز التوظيف.',
  },
  'patto.signature_code': {
    subject: 'رمز توقيع اتفاق الخدمة',
    body: 'رمزك لتوقيع اتفاق الخدمة هو {{code}}. صالح لمدة 10 دقائق. لا تعطه لأي شخص: مركز التوظيف لن يطلبه منك أبدًا.',
  },
  'patto.signed': {
    subject: 'تم توقيع اتفاق الخدمة',
    body: 'عزيزي/عزيزتي {{name}}،\nوقّعت جميع الأطراف على اتفاق الخدمة الخاص بك (النسخة {{version}}). يمكنك تنزيل ملف PDF من هنا: {{link}}',
  },
  'ecoach.nudge': {
    subject: 'كيف يسير بحثك عن عمل؟',
    body: 'عزيزي/عزيزتي {{name}}،\n{{message}}\nيمكنك تسجيل أنشطتك ورؤية المواعيد النهائية القادمة من هنا: {{link}}\nإذا كنت بحاجة إلى مساعدة، اكتب إلى مركز التوظيف من المنطقة الخاصة.',
  },
  'matching.consent_request': {
    subject: 'شركة مهتمة بملفك',
    body: 'عزيزي/عزيزتي {{name}}،\nيريد مركز التوظيف تقديم ملفك إلى الشركة {{company}} من أجل عرض العمل "{{vacancy}}". بدون موافقتك لا ترى الشركة اسمك. أجب من هنا: {{link}}',
  },
  'matching.interview': {
    subject: 'دعوة إلى مقابلة: {{vacancy}}',
    body: 'عزيزي/عزيزتي {{name}}،\nأنت مدعو/مدعوة إلى مقابلة من أجل عرض العمل "{{vacancy}}" يوم {{date}} الساعة {{time}} في {{place}}.\n{{note}}\nإذا كنت لا تستطيع الحضور، أبلغ مركز التوظيف من المنطقة الخاصة: {{link}}',
  },
  'condizionalita.case_opened': {
    subject: 'إشعار من مركز التوظيف: {{benefit}}',
    body: 'عزيزي/عزيزتي {{name}}،\n{{what}}\n{{consequence}}\nإذا كان لديك سبب مقبول (مثل المرض أو ظروف عائلية خطيرة أو قوة قاهرة)، أبلغ عنه وقدّم ما يثبته قبل {{deadline}} من المنطقة الخاصة: {{link}}\nإذا كنت بحاجة إلى مساعدة، اتصل بمركز التوظيف.',
  },
  'condizionalita.case_justified': {
    subject: 'تم قبول التبرير: {{benefit}}',
    body: 'عزيزي/عزيزتي {{name}}،\n{{decision}}\nالتفاصيل في المنطقة الخاصة: {{link}}',
  },
  'condizionalita.measure_decided': {
    subject: 'قرار مركز التوظيف: {{benefit}}',
    body: 'عزيزي/عزيزتي {{name}}،\n{{what}}\n{{decision}}\nالرسالة التي تتضمن الوقائع والقاعدة والأسباب موجودة في المنطقة الخاصة: {{link}}\n{{appeal}}',
  },
  'condizionalita.measure_reversed': {
    subject: 'تم إلغاء القرار: {{benefit}}',
    body: 'عزيزي/عزيزتي {{name}}،\n{{decision}}\nتم إبلاغ INPS بالإلغاء. التفاصيل في المنطقة الخاصة: {{link}}',
  },
  'campaign.message': {
    subject: '{{subject}}',
    body: 'عزيزي/عزيزتي {{name}}،\n{{body}}\n{{link}}\n\nلا تريد تلقي رسائل غير إلزامية بعد الآن؟ أبلغ مركز التوظيف.',
  },
  'survey.invitation': {
    subject: 'كيف كانت التجربة؟ قيّم الخدمة: {{service}}',
    body: 'عزيزي/عزيزتي {{name}}،\nشكرًا لتوجهك إلى {{office}} من أجل "{{service}}". أخبرنا كيف كانت التجربة: دقيقة واحدة وتقييم من 1 إلى 5، بدون تسجيل الدخول: {{link}}\nالإجابة غير إلزامية؛ ولا ترتبط إجابتك باسمك في النتائج.',
  },
};

export const AR_PHRASES: Record<PhraseName, string> = {
  a_company: 'غير المسمّاة',
  the_employment_centre: 'مركز التوظيف',
  in_person_at: 'حضوريًا، {{office}}',
  by_video: 'عبر مكالمة فيديو',
  by_phone: 'عبر الهاتف',
  in_two_days: 'بعد يومين',
  in_two_hours: 'بعد ساعتين',
};
