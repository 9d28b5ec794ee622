import type { Catalogue } from '../../catalogue';
import type { itCitizen } from '../it/citizen';

export const enCitizen: Catalogue<typeof itCitizen> = {
  app: {
    name: "Employment services",
    tagline: "Citizens' area of the Public Employment Centres",
  },
  login: {
    title: "Log in to the Public Employment Centre services",
    intro: "Log in with your digital identity to see the data we hold about you and which Public Employment Centre to contact, with address, opening hours and contacts.",
    choose: "Choose how to log in",
    helpPrompt: "Can't log in?",
    helpLink: "Find out how to get help",
  },
  profile: {
    title: "My profile",
    intro: "Here you find your data and the Public Employment Centre you can contact.",
    sourceNote: {
      title: "Where this data comes from",
      spid: "Your personal data comes from the SPID identity you used to log in. If it is wrong, correct it with your SPID identity provider.",
      cie: "Your personal data comes from your Electronic Identity Card (CIE), which you used to log in. If it is wrong, contact your municipality.",
    },
    office: {
      title: "Your Public Employment Centre",
      intro: "It is the Centre that serves people living in your municipality of residence.",
      missing: "We do not know your Public Employment Centre yet, because we do not know your municipality of residence. You can contact any Centre in your area.",
    },
    lastLogin: "Last login: {{date}}",
  },
  help: {
    title: "I need help",
    intro: "If you have trouble using this service, there are several ways to get help.",
    access: {
      title: "I can't log in",
      text: "To log in you need level 2 SPID or the Electronic Identity Card (CIE). If you don't remember your credentials or PIN, contact whoever issued them:",
      spid: "SPID support (official website)",
      cie: "CIE support (Ministry of the Interior)",
      noSpid: "If you have neither SPID nor CIE, you can go to the Public Employment Centre in person: the staff will help you even without a digital identity.",
    },
    phone: {
      title: "Phone support",
      text: "You can call your Public Employment Centre during opening hours. The staff answer questions about the services and help you use this website.",
    },
    inPerson: {
      title: "I prefer to go in person",
      text: "You can visit your Public Employment Centre during opening hours. Bring a valid identity document and your health insurance card (with your fiscal code).",
      yourOffice: "This is your Public Employment Centre:",
      loginPrompt: "To see the address, opening hours and contacts of your Centre, log in with SPID or CIE.",
      loginLink: "Log in to see your Centre",
      noOffice: "We do not know your Centre yet: you can go to the Public Employment Centre closest to your home.",
    },
  },
};
