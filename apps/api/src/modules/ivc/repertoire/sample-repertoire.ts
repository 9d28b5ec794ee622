import type { ParsedQualification } from '../domain/repertoire-rows';

const sk = (slug: string) => `urn:opencpi:esco-sample:skill:${slug}`;
const ATLANTE = 'Atlante del lavoro e delle qualificazioni (INAPP), https://atlantelavoro.inapp.org';

/**
 * SAMPLE — NOT THE OFFICIAL REPERTOIRE. A few qualifications shaped like Piedmont (01) and Lombardy (03) regional
 * qualifications, for the demo and the tests; codes start with `SAMPLE-` so they cannot be mistaken for real ones.
 * What was checked (2026-12-03): the ADA code ADA.23.01.03 (ex ADA.19.13.31) "Preparazione degli alimenti e allestimento
 * piatti" and the competence titles of the kitchen qualification, as published for the "Operatore di cucina" profiles
 * of the Atlante (atlantelavoro.inapp.org, dettaglio_profilo 5508 and 3197). NOT checked: that these titles are in the
 * Piedmont/Lombardy repertoires as written, their EQF levels, the ADA of the other three (left empty). Every record is
 * `sample: true, verified: false`; load the real export with `npm run ivc:import-repertoire -- file.csv`.
 * ESCO URIs point at the sample ESCO taxonomy the demo loads (urn:opencpi:esco-sample:...).
 */
export const SAMPLE_REPERTOIRE: readonly ParsedQualification[] = [
  {
    region: '01',
    code: 'SAMPLE-PIE-CUC-01',
    title: 'Operatore di cucina',
    eqfLevel: 3,
    adaRefs: ['ADA.23.01.03'],
    source: `SAMPLE (not official): competences and ADA as in ${ATLANTE}, profiles 5508 and 3197; region not checked`,
    competences: [
      {
        code: 'C1',
        title: 'Trattamento delle materie prime e dei semilavorati alimentari',
        description: 'Materie prime e semilavorati alimentari trattati secondo gli standard igienico-sanitari.',
        adaRef: 'ADA.23.01.03',
        escoSkillUris: [sk('conservare-alimenti'), sk('haccp')],
      },
      {
        code: 'C2',
        title: 'Realizzazione di piatti pronti per il consumo',
        description: 'Realizzare ricette combinando caratteristiche dei prodotti, tecniche di preparazione e regole di cottura.',
        adaRef: 'ADA.23.01.03',
        escoSkillUris: [sk('preparare-alimenti'), sk('tecniche-cottura')],
      },
      {
        code: 'C3',
        title: 'Cura degli aspetti relativi alla sicurezza sul lavoro',
        description: 'Prescrizioni in materia di sicurezza costantemente rispettate; salute e sicurezza dei lavoratori tutelate.',
        adaRef: 'ADA.23.01.03',
        escoSkillUris: [sk('sicurezza-lavoro')],
      },
    ],
  },
  {
    region: '01',
    code: 'SAMPLE-PIE-MAG-01',
    title: 'Operatore di magazzino merci',
    eqfLevel: 3,
    adaRefs: [],
    source: 'SAMPLE (not official): title and competences written for the demo, ADA not checked',
    competences: [
      {
        code: 'C1',
        title: 'Ricevimento e stoccaggio delle merci',
        description: 'Controllare la merce in entrata e stoccarla in sicurezza.',
        adaRef: null,
        escoSkillUris: [sk('ricevere-merci'), sk('stoccaggio')],
      },
      {
        code: 'C2',
        title: 'Movimentazione delle merci con carrelli elevatori',
        description: 'Movimentare i carichi con i mezzi del magazzino.',
        adaRef: null,
        escoSkillUris: [sk('carrelli-elevatori')],
      },
      {
        code: 'C3',
        title: 'Preparazione degli ordini e spedizione',
        description: 'Prelevare, imballare e documentare le merci in uscita.',
        adaRef: null,
        escoSkillUris: [sk('preparare-ordini'), sk('documenti-trasporto')],
      },
      {
        code: 'C4',
        title: 'Gestione delle giacenze e inventario',
        description: 'Tenere aggiornate le giacenze e fare l’inventario.',
        adaRef: null,
        escoSkillUris: [sk('inventario'), sk('gestire-magazzino')],
      },
    ],
  },
  {
    region: '03',
    code: 'SAMPLE-LOM-VEN-01',
    title: 'Addetto alle vendite',
    eqfLevel: 3,
    adaRefs: [],
    source: 'SAMPLE (not official): title and competences written for the demo, ADA not checked',
    competences: [
      {
        code: 'C1',
        title: 'Vendita assistita e consulenza al cliente',
        description: 'Accogliere il cliente, consigliarlo e concludere la vendita.',
        adaRef: null,
        escoSkillUris: [sk('vendere-prodotti'), sk('consigliare-clienti')],
      },
      {
        code: 'C2',
        title: 'Gestione della cassa',
        description: 'Incassare, gestire i pagamenti elettronici e chiudere la cassa.',
        adaRef: null,
        escoSkillUris: [sk('gestire-cassa'), sk('pagamenti-elettronici'), sk('chiusura-cassa')],
      },
      {
        code: 'C3',
        title: 'Allestimento e rifornimento del punto vendita',
        description: 'Esporre i prodotti, rifornire gli scaffali, applicare prezzi.',
        adaRef: null,
        escoSkillUris: [sk('allestire-vetrine'), sk('rifornire-scaffali'), sk('prezzi-etichette')],
      },
    ],
  },
  {
    region: '03',
    code: 'SAMPLE-LOM-SAL-01',
    title: 'Operatore di sala e bar',
    eqfLevel: 3,
    adaRefs: [],
    source: 'SAMPLE (not official): title and competences written for the demo, ADA not checked',
    competences: [
      {
        code: 'C1',
        title: 'Accoglienza e servizio al tavolo',
        description: 'Accogliere gli ospiti, prendere le ordinazioni e servire.',
        adaRef: null,
        escoSkillUris: [sk('accogliere-clienti'), sk('prendere-ordinazioni'), sk('servire-cibi')],
      },
      {
        code: 'C2',
        title: 'Preparazione di bevande e caffetteria',
        description: 'Preparare bevande calde e fredde al banco bar.',
        adaRef: null,
        escoSkillUris: [sk('preparare-bevande'), sk('caffetteria')],
      },
    ],
  },
];
