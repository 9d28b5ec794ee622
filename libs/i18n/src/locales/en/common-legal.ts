import type { Catalogue } from '../../catalogue';
import type { itCommonLegal } from '../it/common-legal';

export const enCommonLegal: Catalogue<typeof itCommonLegal> = {
  footer: { privacy: 'Privacy notice', legalNotes: 'Legal notes', accessibility: 'Accessibility statement' },
  bodyCompletes: 'To be completed by the body that runs the service.',
  updated: 'Last updated: {{date}}',
  privacy: {
    title: 'Privacy notice',
    intro:
      'This notice, under Article 13 of Regulation (EU) 2016/679 (GDPR), explains which personal data we process when you use the online employment services, why, for how long, and what your rights are.',
    sections: [
      {
        title: 'Data controller',
        text: 'The controller is the Region that runs the network of Employment Centres named at the top of the page. Its data protection officer (DPO) can be reached at the contacts the Region publishes.',
        bodyCompletes: true,
      },
      {
        title: 'Why we process your data',
        items: [
          'registration and declaration of immediate availability (DID), the personalised service agreement and active labour-market measures (Legislative Decree 150/2015);',
          'appointments, summonses and messages with your Employment Centre;',
          'conditionality: the conditions attached to income support (NASpI, DIS-COLL, ADI, SFL) and notices to INPS;',
          'matching people with job vacancies, certification of competences, statistics in aggregate form.',
        ],
      },
      {
        title: 'Legal basis',
        text: 'Processing is necessary to comply with legal obligations and to perform tasks in the public interest (Article 6(1)(c) and (e) GDPR). Health data (for example registration for targeted placement, Law 68/1999) are processed for reasons of substantial public interest and in the field of employment (Article 9(2)(b) and (g)). Showing your data to an employment agency needs your consent, which you can withdraw at any time.',
      },
      {
        title: 'Who receives your data',
        text: 'INPS and the national labour-policy information system, where the law requires it; accredited employment agencies and intermediaries (patronati, CAF) only for the parts you authorise or delegate. We do not transfer data outside the European Union.',
      },
      {
        title: 'How long we keep it',
        text: 'For the period set by the rules on keeping administrative records. The log of who read your data is kept for the same period.',
        bodyCompletes: true,
      },
      {
        title: 'Your rights',
        text: 'You can ask for access to your data, correction, restriction and, where the law allows, erasure; you can download your data in a machine-readable format (Articles 15–22 GDPR). You can always ask your Employment Centre for help. If you believe the processing breaches the GDPR you can lodge a complaint with the Italian Data Protection Authority (www.garanteprivacy.it).',
      },
      {
        title: 'Cookies',
        text: 'We use only one technical session cookie, needed to keep you signed in after logging in with SPID or CIE. We use no profiling cookies and no third-party tools.',
      },
    ],
  },
  legalNotes: {
    title: 'Legal notes',
    intro: 'Terms of use of the content of this service.',
    sections: [
      {
        title: 'Content',
        text: 'Unless stated otherwise, the texts published here are released under the Creative Commons Attribution 4.0 licence (CC BY 4.0). Open data are published under the licence stated in their metadata.',
      },
      {
        title: 'Software',
        text: 'The service runs on OpenCPI, free software released under the EUPL-1.2 licence, which public administrations may reuse (Articles 68–69 of the Digital Administration Code).',
      },
      {
        title: 'Documents with legal value',
        text: 'The certificates issued are electronically sealed by the body and can be checked with the code printed on each. Translations of the agreement and of legal texts are courtesy translations: the Italian text is the binding one.',
      },
      {
        title: 'External links',
        text: 'Links to other sites (for example SPID, CIE, INPS) lead to services of other bodies, which are responsible for their own content.',
      },
    ],
  },
  accessibility: {
    title: 'Accessibility statement',
    intro:
      'The body is committed to making this service accessible, in accordance with Law no. 4 of 9 January 2004 and Directive (EU) 2016/2102. This statement applies to the area for citizens and companies and to the area for job-centre staff.',
    sections: [
      {
        title: 'Compliance status',
        text: 'The service is partially compliant with standard UNI CEI EN 301549 (WCAG 2.1 level AA), because of the non-accessible content listed below.',
      },
      {
        title: 'Non-accessible content',
        items: [
          'the PDFs issued (certificates, agreement, summaries) are not tagged PDFs: the same information is available on the pages of the service;',
          'the dashboard charts have a table with the same data beside them, which is the accessible version;',
          'texts are available in Italian and English; other languages are being prepared.',
        ],
      },
      {
        title: 'Preparation of this statement',
        text: 'Statement prepared on 3 December 2026 by self-assessment: an automated check (axe-core) of every page of the user journeys at each release, with no serious or critical violations, and keyboard navigation tests. A full manual audit by a third party has not been done yet.',
      },
      {
        title: 'Feedback and contacts',
        text: 'If you meet a barrier, write to us from the "I need help" page or go to your Employment Centre: we answer within 30 days.',
      },
      {
        title: 'Enforcement procedure',
        text: 'If the answer does not satisfy you or does not arrive within 30 days, you can report it to the Digital Ombudsman at AgID (Article 3-quinquies of Law 4/2004), with the form at form.agid.gov.it.',
      },
      {
        title: 'About the service',
        text: 'Web application published in 2026, built on the Bootstrap Italia model of Designers Italia. Usability tests with users: not yet done.',
      },
      {
        title: 'About the body',
        text: 'Number of employees with disabilities, accessibility manager and yearly accessibility goals.',
        bodyCompletes: true,
      },
    ],
  },
};
