import type { MessageText, PhraseName, TemplateName } from '../templates';

/** The messages in Romanian (informal "tu", as the citizen SPA), with the Italian templates' variables. */
export const RO_TEMPLATES: Record<TemplateName, MessageText> = {
  'appointment.confirmed': {
    subject: 'Programare confirmată: {{service}}',
    body: 'Bună ziua, {{name}},\nprogramarea ta „{{service}}” la {{office}} este confirmată pentru {{date}}, ora {{time}} ({{channel}}).\nO poți muta sau anula de aici: {{link}}\nDacă ai nevoie de ajutor, sună la {{phone}}.',
  },
  'appointment.cancelled': {
    subject: 'Programare anulată: {{service}}',
    body: 'Bună ziua, {{name}},\nprogramarea ta „{{service}}” din {{date}}, ora {{time}}, a fost anulată.\nPoți face o altă programare aici: {{link}}',
  },
  'appointment.reminder': {
    subject: 'Memento: {{service}} {{when}}',
    body: 'Bună ziua, {{name}},\nîți amintim de programarea „{{service}}” la {{office}} pe {{date}}, ora {{time}} ({{channel}}).\nNu poți veni? Mut-o sau anuleaz-o aici: {{link}}',
  },
  'appointment.recall': {
    subject: 'Vii? {{service}} pe {{date}}, ora {{time}}',
    body: 'Bună ziua, {{name}},\nîți amintim de programarea „{{service}}” la {{office}} pe {{date}}, ora {{time}} ({{channel}}).\nVii? Răspunde cu un clic, fără autentificare: {{recall}}\nDacă nu poți veni, răspunsul tău eliberează locul pentru altă persoană.',
  },
  'appointment.cancelled_by_office': {
    subject: 'Programare anulată de Centrul pentru Ocuparea Forței de Muncă: {{service}}',
    body: 'Bună ziua, {{name}},\nCentrul pentru Ocuparea Forței de Muncă a anulat programarea ta „{{service}}” din {{date}}, ora {{time}}.\nMotiv: {{reason}}\nPoți face o altă programare aici: {{link}}',
  },
  'invitation.sent': {
    subject: 'Alege când vii: {{service}}',
    body: 'Bună ziua, {{name}},\n{{office}} te invită să faci o programare „{{service}}”.\nAlege ziua și ora care îți convin până la {{expires}}, fără autentificare: {{link}}\nPreferi să vii personal sau ai nevoie de ajutor? Sună la {{phone}}.',
  },
  'invitation.reminder': {
    subject: 'Memento: alege când vii ({{service}})',
    body: 'Bună ziua, {{name}},\nnu ai ales încă programarea „{{service}}” la {{office}}. O poți face până la {{expires}} aici: {{link}}\nDacă ai nevoie de ajutor, sună la {{phone}}.',
  },
  'convocation.sent': {
    subject: 'Convocare: {{service}} pe {{date}}, ora {{time}}',
    body: '{{text}}\n\nConfirmă aici că ai primit-o: {{link}}',
  },
  'dossier.message': {
    subject: 'Mesaj nou de la Centrul pentru Ocuparea Forței de Muncă',
    body: 'Bună ziua, {{name}},\nai un mesaj nou în zona personală. Citește-l aici: {{link}}',
  },
  'patto.proposed': {
    subject: 'Pactul de servicii este gata de semnat',
    body: 'Bună ziua, {{name}},\n{{office}} a pregătit pactul de servicii personalizat (patto di servizio). Citește-l și semnează-l aici: {{link}}\nPreferi să-l semnezi personal? O poți face la Centrul pentru Ocuparea Forței de Muncă.',
  },
  'patto.signature_code': {
    subject: 'Codul pentru semnarea pactului de servicii',
    body: 'Codul tău pentru semnarea pactului de servicii este {{code}}. Este valabil 10 minute. Nu-l spune nimănui: Centrul pentru Ocuparea Forței de Muncă nu ți-l va cere niciodată.',
  },
  'patto.signed': {
    subject: 'Pactul de servicii a fost semnat',
    body: 'Bună ziua, {{name}},\npactul tău de servicii (versiunea {{version}}) a fost semnat de toate părțile. Poți descărca PDF-ul aici: {{link}}',
  },
  'ecoach.nudge': {
    subject: 'Cum merge căutarea unui loc de muncă?',
    body: 'Bună ziua, {{name}},\n{{message}}\nPoți înregistra activitățile tale și vedea următoarele termene aici: {{link}}\nDacă ai nevoie de ajutor, scrie Centrului pentru Ocuparea Forței de Muncă din zona personală.',
  },
  'matching.consent_request': {
    subject: 'O firmă este interesată de profilul tău',
    body: 'Bună ziua, {{name}},\nCentrul pentru Ocuparea Forței de Muncă vrea să prezinte profilul tău firmei {{company}} pentru oferta de muncă „{{vacancy}}”. Fără consimțământul tău, firma nu îți vede numele. Răspunde aici: {{link}}',
  },
  'matching.interview': {
    subject: 'Invitație la interviu: {{vacancy}}',
    body: 'Bună ziua, {{name}},\nești invitat(ă) la un interviu pentru oferta de muncă „{{vacancy}}” pe {{date}}, ora {{time}}, la {{place}}.\n{{note}}\nDacă nu poți veni, anunță Centrul pentru Ocuparea Forței de Muncă din zona personală: {{link}}',
  },
  'condizionalita.case_opened': {
    subject: 'Comunicare de la Centrul pentru Ocuparea Forței de Muncă: {{benefit}}',
    body: 'Bună ziua, {{name}},\n{{what}}\n{{consequence}}\nDacă ai avut un motiv întemeiat (de exemplu boală, motive familiale grave, forță majoră), comunică-l și dovedește-l până la {{deadline}} din zona personală: {{link}}\nDacă ai nevoie de ajutor, contactează Centrul pentru Ocuparea Forței de Muncă.',
  },
  'condizionalita.case_justified': {
    subject: 'Justificare acceptată: {{benefit}}',
    body: 'Bună ziua, {{name}},\n{{decision}}\nDetaliile sunt în zona personală: {{link}}',
  },
  'condizionalita.measure_decided': {
    subject: 'Decizia Centrului pentru Ocuparea Forței de Muncă: {{benefit}}',
    body: 'Bună ziua, {{name}},\n{{what}}\n{{decision}}\nScrisoarea cu faptele, norma și motivele este în zona personală: {{link}}\n{{appeal}}',
  },
  'condizionalita.measure_reversed': {
    subject: 'Decizie anulată: {{benefit}}',
    body: 'Bună ziua, {{name}},\n{{decision}}\nAnularea este comunicată la INPS. Detaliile sunt în zona personală: {{link}}',
  },
  'campaign.message': {
    subject: '{{subject}}',
    body: 'Bună ziua, {{name}},\n{{body}}\n{{link}}\n\nNu mai vrei mesaje care nu sunt obligatorii? Spune-i Centrului pentru Ocuparea Forței de Muncă.',
  },
  'survey.invitation': {
    subject: 'Cum a fost? Evaluează serviciul: {{service}}',
    body: 'Bună ziua, {{name}},\nîți mulțumim că ai apelat la {{office}} pentru „{{service}}”. Spune-ne cum a fost: durează un minut, o notă de la 1 la 5, fără autentificare: {{link}}\nRăspunsul nu este obligatoriu; în rezultate, răspunsul tău nu este legat de numele tău.',
  },
};

export const RO_PHRASES: Record<PhraseName, string> = {
  a_company: 'nenumite',
  the_employment_centre: 'Centrul pentru Ocuparea Forței de Muncă',
  in_person_at: 'personal, {{office}}',
  by_video: 'prin apel video',
  by_phone: 'la telefon',
  in_two_days: 'peste două zile',
  in_two_hours: 'peste două ore',
};
