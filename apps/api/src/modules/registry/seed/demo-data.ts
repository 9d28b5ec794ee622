/**
 * DEMO DATA — plausible, not official. One region (Piemonte), five CPI offices around Turin and the
 * comuni each serves. ISTAT codes and coordinates are approximate and only good for a demo.
 */
export const DEMO_REGION = { istatCode: '01', name: 'Piemonte' };

export const DEMO_OFFICES = [
  {
    code: 'CPI-TO',
    name: "Centro per l'Impiego di Torino",
    address: 'Via Bologna 153, 10154 Torino',
    comuneIstat: '001272',
    comuneName: 'Torino',
    province: 'TO',
    latitude: '45.0870',
    longitude: '7.6950',
    email: 'cpi.torino@opencpi.example.it',
    phone: '+390110000001',
  },
  {
    code: 'CPI-MO',
    name: "Centro per l'Impiego di Moncalieri",
    address: 'Via Real Collegio 20, 10024 Moncalieri',
    comuneIstat: '001156',
    comuneName: 'Moncalieri',
    province: 'TO',
    latitude: '44.9996',
    longitude: '7.6824',
    email: 'cpi.moncalieri@opencpi.example.it',
    phone: '+390110000002',
  },
  {
    code: 'CPI-CH',
    name: "Centro per l'Impiego di Chieri",
    address: 'Via Vittorio Emanuele II 1, 10023 Chieri',
    comuneIstat: '001078',
    comuneName: 'Chieri',
    province: 'TO',
    latitude: '45.0115',
    longitude: '7.8246',
    email: 'cpi.chieri@opencpi.example.it',
    phone: '+390110000003',
  },
  {
    code: 'CPI-IV',
    name: "Centro per l'Impiego di Ivrea",
    address: 'Corso Vercelli 138, 10015 Ivrea',
    comuneIstat: '001125',
    comuneName: 'Ivrea',
    province: 'TO',
    latitude: '45.4667',
    longitude: '7.8762',
    email: 'cpi.ivrea@opencpi.example.it',
    phone: '+390125000004',
  },
  {
    code: 'CPI-PI',
    name: "Centro per l'Impiego di Pinerolo",
    address: 'Corso Torino 324, 10064 Pinerolo',
    comuneIstat: '001191',
    comuneName: 'Pinerolo',
    province: 'TO',
    latitude: '44.8846',
    longitude: '7.3314',
    email: 'cpi.pinerolo@opencpi.example.it',
    phone: '+390121000005',
  },
] as const;

export const DEMO_OPENING_HOURS = 'Lun–Ven 9:00–12:30; Mar e Gio 14:30–16:30';

export const DEMO_COMUNI: readonly { istat: string; name: string; office: string }[] = [
  { istat: '001272', name: 'Torino', office: 'CPI-TO' },
  { istat: '001090', name: 'Collegno', office: 'CPI-TO' },
  { istat: '001120', name: 'Grugliasco', office: 'CPI-TO' },
  { istat: '001265', name: 'Settimo Torinese', office: 'CPI-TO' },
  { istat: '001156', name: 'Moncalieri', office: 'CPI-MO' },
  { istat: '001164', name: 'Nichelino', office: 'CPI-MO' },
  { istat: '001280', name: 'Trofarello', office: 'CPI-MO' },
  { istat: '001078', name: 'Chieri', office: 'CPI-CH' },
  { istat: '001192', name: 'Pino Torinese', office: 'CPI-CH' },
  { istat: '001257', name: 'Santena', office: 'CPI-CH' },
  { istat: '001125', name: 'Ivrea', office: 'CPI-IV' },
  { istat: '001020', name: 'Banchette', office: 'CPI-IV' },
  { istat: '001191', name: 'Pinerolo', office: 'CPI-PI' },
  { istat: '001194', name: 'Piossasco', office: 'CPI-PI' },
  { istat: '001097', name: 'Cumiana', office: 'CPI-PI' },
];

export const MALE_NAMES = [
  'Marco',
  'Alessandro',
  'Giuseppe',
  'Francesco',
  'Antonio',
  'Giovanni',
  'Roberto',
  'Andrea',
  'Stefano',
  'Matteo',
  'Lorenzo',
  'Simone',
  'Davide',
  'Riccardo',
  'Federico',
  'Gabriele',
  'Emanuele',
  'Salvatore',
  'Vincenzo',
  'Pietro',
  'Nicola',
  'Fabio',
  'Daniele',
  'Claudio',
  'Massimo',
  'Ahmed',
  'Ion',
  'Mohamed',
  'Elia',
  'Tommaso',
];
export const FEMALE_NAMES = [
  'Maria',
  'Anna',
  'Francesca',
  'Chiara',
  'Sara',
  'Laura',
  'Valentina',
  'Alessia',
  'Martina',
  'Giorgia',
  'Elena',
  'Silvia',
  'Federica',
  'Paola',
  'Roberta',
  'Simona',
  'Elisa',
  'Ilaria',
  'Beatrice',
  'Alice',
  'Sofia',
  'Aurora',
  'Giulia',
  'Monica',
  'Cristina',
  'Fatima',
  'Ioana',
  'Aisha',
  'Noemi',
  'Caterina',
];
export const SURNAMES = [
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'De Luca',
  'Mancini',
  'Costa',
  'Giordano',
  'Rizzo',
  'Lombardi',
  'Moretti',
  'Barbieri',
  'Fontana',
  'Santoro',
  'Mariani',
  'Rinaldi',
  'Caruso',
  'Ferrara',
  'Galli',
  'Martini',
  'Leone',
  'Longo',
  'Gentile',
  'Martinelli',
  'Vitale',
  'Lombardo',
  'Serra',
  'Coppola',
  "D'Angelo",
  'Marchetti',
  'Parisi',
  'Villa',
  'Conte',
  'Ferraro',
  'Ferri',
  'Fabbri',
  'Bianco',
  'Marini',
  'Grasso',
  'Valentini',
  'Messina',
  'Sala',
  'De Santis',
  'Popescu',
  'El Amrani',
  'Hoxha',
  'Piras',
  'Sanna',
  'Cattaneo',
  'Bassi',
  'Pellegrini',
];
/** Belfiore codes: Piedmont comuni, other Italian cities, and a few countries (Z###) */
export const BIRTH_PLACES = ['L219', 'L219', 'L219', 'F335', 'C627', 'E379', 'G674', 'H501', 'F205', 'F839', 'A662', 'G273', 'D969', 'Z330', 'Z129', 'Z100', 'Z336', 'Z343'];

export const DEMO_AGENCIES = [
  { name: 'LavoroPiù S.r.l.', vatBase: '0123456789', accreditationCode: 'PIE-APL-001' },
  { name: 'Talenti Piemonte S.p.A.', vatBase: '0987654321', accreditationCode: 'PIE-APL-002' },
] as const;

export const DEMO_COMPANIES = [
  ['Officine Subalpine S.r.l.', '25.62.00'],
  ['Caffè Torinese S.n.c.', '56.30.00'],
  ['Logistica Po S.p.A.', '52.29.22'],
  ['Tessiture Biellesi S.r.l.', '13.20.00'],
  ['Pasticceria Gianduja S.a.s.', '10.71.20'],
  ['InfoPiemonte Software S.r.l.', '62.01.00'],
  ['Costruzioni Canavese S.r.l.', '41.20.00'],
  ['Ospitalità Langhe S.r.l.', '55.10.00'],
  ['Meccanica Pinerolese S.p.A.', '28.41.00'],
  ['Servizi Pulizie Aurora Soc. Coop.', '81.21.00'],
] as const;

/** Italian VAT number (partita IVA): 10 digits + check digit (Luhn variant). */
export function partitaIva(base10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(base10.charAt(i));
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return base10 + String((10 - (sum % 10)) % 10);
}

/** Deterministic PRNG (mulberry32), so `npm run seed` makes the same people every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
