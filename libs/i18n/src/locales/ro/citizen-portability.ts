import type { Catalogue } from '../../catalogue';
import type { itCitizenPortability } from '../it/citizen-portability';

export const roCitizenPortability: Catalogue<typeof itCitizenPortability> = {
  nav: 'Descarcă datele tale',
  title: 'Descarcă datele tale',
  intro:
    "Poți primi o copie completă a datelor pe care Centrele pentru Ocuparea Forței de Muncă (Centri per l'Impiego) le au despre tine (art. 15 și 20 GDPR), ca să o păstrezi sau să o duci într-o altă Regiune dacă te muți. O pregătim cât aștepți: de obicei durează doar câteva secunde.",
  locales: { it: 'Italiană', en: 'Engleză', ar: 'Arabă', ro: 'Română', uk: 'Ucraineană' },
  form: {
    title: 'Pregătește datele tale',
    text: 'Vei primi un fișier ZIP semnat de Regiune cu toate datele tale într-un format care poate fi citit de un calculator, documentele tale, certificatele și un rezumat în PDF.',
    locale: 'Limba rezumatului în PDF',
    submit: 'Pregătește datele mele',
    submitting: 'Se trimite cererea…',
  },
  status: {
    title: 'Ultima ta cerere',
    requestedAt: 'Cerută pe {{when}}',
    progress: 'Se pregătește: pasul {{done}} din {{total}} ({{step}}).',
    progressLabel: 'Cât s-a pregătit',
    ready: 'Datele tale sunt gata.',
    download: 'Descarcă datele tale (ZIP)',
    expiresAt: 'Fișierul rămâne disponibil până pe {{when}}, apoi este șters: vei putea oricând să ceri unul nou.',
    sha256: 'Amprenta SHA-256 a fișierului:',
    failed: 'Nu am reușit să pregătim datele tale. Încearcă din nou mai târziu sau cere ajutor la Centrul tău pentru Ocuparea Forței de Muncă.',
    expired: 'Fișierul acestei cereri a fost șters pentru că a expirat. Poți cere unul nou.',
  },
  steps: {
    queued: 'la coadă',
    registry: 'date personale',
    did: 'DID și situația pe piața muncii',
    profiling: 'profilare',
    matchingProfile: 'profil profesional',
    patti: 'pacte de servicii',
    plan: 'planul de acțiune',
    appointments: 'programări',
    conditionality: 'condiționalitate',
    documents: 'documente',
    certificates: 'certificate',
    credentials: 'credențiale digitale',
    messages: 'mesaje',
    auditTrail: 'cine a citit datele tale',
    summary: 'rezumat în PDF',
    signature: 'semnătura Regiunii',
  },
  what: {
    title: 'Ce este în fișier',
    text: 'dossier.json cu toate datele tale (descris de o schemă JSON publică), fișierele documentelor și certificatelor tale, summary.pdf (un rezumat ușor de citit, sigilat), manifest.json cu amprenta fiecărui fișier și signature.jws, semnătura Regiunii: așa, o altă Regiune poate verifica dacă nu s-a modificat nimic.',
  },
  help: {
    title: 'Am nevoie de ajutor',
    text: 'Dacă nu reușești să descarci fișierul sau nu știi cum să-l folosești, te ajută Centrul tău pentru Ocuparea Forței de Muncă.',
    link: 'Cum poți primi ajutor',
  },
};
