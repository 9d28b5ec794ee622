import type { Catalogue } from '../../catalogue';
import type { itOperator } from '../it/operator';

export const enOperator: Catalogue<typeof itOperator> = {
  app: {
    name: "CPI staff area",
    tagline: "Back office of the Public Employment Centres",
  },
  login: {
    title: "CPI staff area",
    intro: "Reserved for the staff of the Public Employment Centres. Log in with your personal digital identity: you will only see the citizens of the offices you work in, and every access is recorded.",
    choose: "Choose how to log in",
    helpPrompt: "Can't log in?",
    helpLink: "Find out how to get help",
  },
  header: {
    offices: "Offices",
  },
  search: {
    title: "Search citizens",
    intro: "Search among the citizens of the offices you work in. Every search and every dossier you open is kept in the person's access log.",
    formLabel: "Citizen search",
    label: "Fiscal code or name",
    hint: "Type the full fiscal code (16 characters) or at least 2 letters of the surname or first name.",
    submit: "Search",
    tooShort: "Type the full fiscal code or at least 2 letters of the surname or first name.",
    incompleteFiscalCode: "A fiscal code has 16 characters: check that you typed all of it. To search by name, use letters only.",
    caption: "Search results",
    count_one: "{{count}} citizen found.",
    count_other: "{{count}} citizens found.",
    range: "Results {{from}} to {{to}} of {{total}}.",
    none: "No citizen matches your search in the offices you work in.",
    columns: {
      name: "Surname and first name",
      fiscalCode: "Fiscal code",
      birthDate: "Date of birth",
      office: "Public Employment Centre",
    },
    pagination: "Result pages",
    previous: "Previous results",
    next: "Next results",
  },
  dossier: {
    title: "Dossier of {{name}}",
    fallbackTitle: "Citizen dossier",
    back: "Back to search",
    breadcrumb: "Breadcrumb",
    office: {
      title: "Public Employment Centre",
      missing: "This person's Public Employment Centre is not known yet (the municipality of residence is missing).",
    },
    audit: {
      title: "Access log",
      intro: "Who read or changed this person's data, most recent first. Your own access is recorded too.",
      caption: "Who viewed or changed the data",
      empty: "No access recorded.",
      columns: {
        occurredAt: "Date and time",
        actor: "Operator",
        role: "Role",
        office: "Office",
        action: "Action",
        outcome: "Outcome",
      },
      outcome: { allowed: "Allowed", denied: "Denied" },
      actions: {
        citizen: {
          dossier: { read: "Dossier viewed" },
          search: { result: "Shown in search results" },
          "audit-trail": { read: "Access log viewed" },
          profile: { read: "Profile viewed by the person" },
        },
        identity: {
          login: "Login with SPID or CIE",
        },
      },
    },
  },
  help: {
    title: "I need help",
    intro: "How to get help using the staff area.",
    access: {
      title: "I can't log in",
      text: "Log in with your personal digital identity (level 2 SPID or CIE). If the system says you are not enabled, ask the manager of your Public Employment Centre to register you as an operator.",
      spid: "SPID support (official website)",
      cie: "CIE support (Ministry of the Interior)",
    },
    phone: {
      title: "Technical support",
      text: "For technical problems (pages that do not open, errors with a reference code) contact your Region's IT help desk and quote the reference code shown in the error message.",
    },
    inPerson: {
      title: "I prefer to talk to someone",
      text: "The manager of your Public Employment Centre can help you with permissions, offices and procedures.",
      yourOffices: "The offices you work in:",
    },
  },
};
