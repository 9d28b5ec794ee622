import type { Catalogue } from '../../catalogue';
import type { itCommonLegal } from '../it/common-legal';

export const roCommonLegal: Catalogue<typeof itCommonLegal> = {
  footer: { privacy: 'Informare privind datele personale', legalNotes: 'Note juridice', accessibility: 'Declarație de accesibilitate' },
  bodyCompletes: 'De completat de instituția care administrează serviciul.',
  updated: 'Ultima actualizare: {{date}}',
  privacy: {
    title: 'Informare privind prelucrarea datelor personale',
    intro:
      'Această informare, conform articolului 13 din Regulamentul (UE) 2016/679 (GDPR), explică ce date personale prelucrăm când folosești online serviciile pentru muncă, de ce, pentru cât timp și care sunt drepturile tale.',
    sections: [
      {
        title: 'Operatorul de date',
        text: "Operatorul de date este Regiunea care administrează rețeaua Centrelor pentru Ocuparea Forței de Muncă (Centri per l'Impiego), indicată sus în pagină. Responsabilul cu protecția datelor (RPD/DPO) poate fi contactat la datele publicate de Regiune.",
        bodyCompletes: true,
      },
      {
        title: 'De ce prelucrăm datele tale',
        items: [
          'înscrierea și Declarația de disponibilitate imediată (Dichiarazione di immediata disponibilità, DID), pactul de servicii (patto di servizio) personalizat și măsurile active (D.Lgs. 150/2015);',
          "programări, convocări și comunicări cu Centrul tău pentru Ocuparea Forței de Muncă (Centro per l'Impiego);",
          'condiționalitatea ajutoarelor de venit (NASpI, DIS-COLL, ADI, SFL) și comunicările către INPS;',
          'potrivirea cererii cu oferta de muncă, certificarea competențelor, statistici agregate.',
        ],
      },
      {
        title: 'Temeiul juridic',
        text: 'Prelucrarea este necesară pentru a îndeplini obligații legale și sarcini de interes public (art. 6 alin. 1 literele c și e GDPR). Datele despre sănătate (de exemplu înscrierea la plasarea țintită, collocamento mirato, L. 68/1999) sunt prelucrate din motive de interes public important și în domeniul muncii (art. 9 alin. 2 literele b și g). Ca datele tale să fie arătate unei agenții de muncă este nevoie de consimțământul tău, pe care îl poți retrage oricând.',
      },
      {
        title: 'Cui comunicăm datele',
        text: 'INPS și sistemul informatic unitar al politicilor de muncă, când legea prevede asta; agențiilor de muncă acreditate și intermediarilor (patronato, CAF) doar pentru părțile pe care le autorizezi sau pentru care dai împuternicire. Nu transferăm date în afara Uniunii Europene.',
      },
      {
        title: 'Pentru cât timp',
        text: 'Pentru timpul prevăzut de regulile privind păstrarea actelor administrative. Registrul cu cei care au citit datele tale este păstrat pentru aceeași perioadă.',
        bodyCompletes: true,
      },
      {
        title: 'Drepturile tale',
        text: "Poți cere acces la datele tale, corectarea, limitarea și, în cazurile prevăzute, ștergerea lor; poți descărca datele tale într-un format care poate fi citit de un calculator (art. 15-22 GDPR). Poți cere oricând ajutor la Centrul tău pentru Ocuparea Forței de Muncă (Centro per l'Impiego). Dacă ai impresia că prelucrarea încalcă GDPR, poți face o plângere la Autoritatea italiană pentru protecția datelor personale (Garante per la protezione dei dati personali, www.garanteprivacy.it).",
      },
      {
        title: 'Cookie',
        text: 'Folosim doar un cookie tehnic de sesiune, necesar ca să rămâi conectat după ce intri cu SPID sau CIE. Nu folosim cookie-uri de profilare și nici instrumente ale altor firme.',
      },
    ],
  },
  legalNotes: {
    title: 'Note juridice',
    intro: 'Condițiile de folosire a conținutului acestui serviciu.',
    sections: [
      {
        title: 'Conținut',
        text: 'Textele publicate, dacă nu se spune altfel, sunt oferite cu licența Creative Commons Atribuire 4.0 (CC BY 4.0). Datele deschise sunt publicate cu licența indicată în metadatele lor.',
      },
      {
        title: 'Software',
        text: 'Serviciul folosește OpenCPI, software liber oferit cu licența EUPL-1.2, care poate fi refolosit de administrațiile publice (art. 68-69 din Codul administrației digitale, Codice dell’amministrazione digitale).',
      },
      {
        title: 'Documente cu valoare juridică',
        text: 'Certificatele eliberate au sigiliul electronic al instituției și pot fi verificate cu codul tipărit pe fiecare. Traducerile textelor pactului și ale regulilor sunt doar informative: valabil este textul în italiană.',
      },
      {
        title: 'Linkuri externe',
        text: 'Linkurile către alte site-uri (de exemplu SPID, CIE, INPS) duc la serviciile altor instituții, care răspund pentru propriul conținut.',
      },
    ],
  },
  accessibility: {
    title: 'Declarație de accesibilitate',
    intro:
      "Instituția se angajează să facă acest serviciu accesibil, conform legii nr. 4 din 9 ianuarie 2004 și directivei (UE) 2016/2102. Declarația se aplică zonei pentru cetățeni și firme și zonei pentru operatorii Centrelor pentru Ocuparea Forței de Muncă (Centri per l'Impiego).",
    sections: [
      {
        title: 'Stadiul conformității',
        text: 'Serviciul este parțial conform cu cerințele standardului UNI CEI EN 301549 (WCAG 2.1 nivelul AA), din cauza conținutului neaccesibil enumerat mai jos.',
      },
      {
        title: 'Conținut neaccesibil',
        items: [
          'PDF-urile eliberate (certificate, pact, rezumate) nu sunt PDF-uri cu etichete: aceleași informații se găsesc în paginile serviciului;',
          'graficele din panourile de control au alături un tabel cu aceleași date, care este versiunea accesibilă;',
          'textele sunt disponibile în italiană și engleză; celelalte limbi sunt în pregătire.',
        ],
      },
      {
        title: 'Redactarea declarației',
        text: 'Declarație redactată pe 3 decembrie 2026 printr-o autoevaluare: verificare automată (axe-core) a fiecărei pagini din traseele utilizatorilor la fiecare lansare, cu zero încălcări grave sau critice, și teste de navigare cu tastatura. Nu s-a făcut încă o verificare manuală completă de către terți.',
      },
      {
        title: 'Semnalări și contacte',
        text: 'Dacă găsești un obstacol, scrie-ne din pagina «Am nevoie de ajutor» sau mergi la Centrul tău pentru Ocuparea Forței de Muncă: îți răspundem în 30 de zile.',
      },
      {
        title: 'Procedura de aplicare',
        text: 'Dacă răspunsul nu te mulțumește sau nu vine în 30 de zile, poți trimite o sesizare Avocatului civic pentru digital de la AgID (Difensore civico per il digitale, art. 3-quinquies din legea 4/2004), cu formularul de pe form.agid.gov.it.',
      },
      {
        title: 'Informații despre serviciu',
        text: 'Aplicație web publicată în 2026, realizată cu modelul Bootstrap Italia de la Designers Italia. Teste de utilizare cu utilizatori: încă nefăcute.',
      },
      {
        title: 'Informații despre instituție',
        text: 'Numărul de angajați cu dizabilități, responsabilul cu accesibilitatea și obiectivele anuale de accesibilitate.',
        bodyCompletes: true,
      },
    ],
  },
};
