/**
 * Test identities of the development IdP. The demo seed puts each of them in the registry with the role
 * shown, so every kind of user can log in on a fresh `npm start`. Fiscal codes are computed, valid ones.
 */
export interface DevIdentity {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  gender: 'M' | 'F';
  birthPlaceCode: string;
  email: string;
  mobilePhone: string;
  /** what the seed makes of this person */
  role: 'citizen' | 'operator' | 'cpi_manager' | 'region_admin' | 'agency_staff' | 'employer' | 'intermediary_staff';
  /** office code (staff), ISTAT code of the domicile comune (citizens), agency accreditation code or company name */
  binding: string;
  description: string;
}

export const DEV_IDENTITIES: readonly DevIdentity[] = [
  {
    fiscalCode: 'RSSMRA85T10L219G',
    givenName: 'Mario',
    familyName: 'Rossi',
    birthDate: '1985-12-10',
    gender: 'M',
    birthPlaceCode: 'L219',
    email: 'mario.rossi@example.it',
    mobilePhone: '+393331234567',
    role: 'citizen',
    binding: '001272',
    description: 'Cittadino, domicilio a Torino (CPI Torino)',
  },
  {
    fiscalCode: 'BNCGLI90A41F335M',
    givenName: 'Giulia',
    familyName: 'Bianchi',
    birthDate: '1990-01-01',
    gender: 'F',
    birthPlaceCode: 'F335',
    email: 'giulia.bianchi@example.it',
    mobilePhone: '+393471112233',
    role: 'citizen',
    binding: '001156',
    description: 'Cittadina, domicilio a Moncalieri (CPI Moncalieri)',
  },
  {
    fiscalCode: 'KHLFTM95M52Z330E',
    givenName: 'Fatima',
    familyName: 'Khalil',
    birthDate: '1995-08-12',
    gender: 'F',
    birthPlaceCode: 'Z330',
    email: 'fatima.khalil@example.it',
    mobilePhone: '+393209876543',
    role: 'citizen',
    binding: '001272',
    description: "Cittadina nata all'estero, domicilio a Torino",
  },
  {
    fiscalCode: 'VRDLCU78C15L219W',
    givenName: 'Luca',
    familyName: 'Verdi',
    birthDate: '1978-03-15',
    gender: 'M',
    birthPlaceCode: 'L219',
    email: 'luca.verdi@cpi.example.it',
    mobilePhone: '+393351010101',
    role: 'operator',
    binding: 'CPI-TO',
    description: 'Operatore, CPI Torino',
  },
  {
    fiscalCode: 'MRTCHR86E41L219F',
    givenName: 'Chiara',
    familyName: 'Moretti',
    birthDate: '1986-05-01',
    gender: 'F',
    birthPlaceCode: 'L219',
    email: 'chiara.moretti@cpi.example.it',
    mobilePhone: '+393351111111',
    role: 'operator',
    binding: 'CPI-TO',
    description: 'Operatrice, CPI Torino, ed esperta di valutazione IVC (validazione delle competenze) per il Piemonte',
  },
  {
    fiscalCode: 'FRRNNA82D50F335D',
    givenName: 'Anna',
    familyName: 'Ferrari',
    birthDate: '1982-04-10',
    gender: 'F',
    birthPlaceCode: 'F335',
    email: 'anna.ferrari@cpi.example.it',
    mobilePhone: '+393351020202',
    role: 'operator',
    binding: 'CPI-MO',
    description: 'Operatrice, CPI Moncalieri',
  },
  {
    fiscalCode: 'CLMPLA70E20C627O',
    givenName: 'Paolo',
    familyName: 'Colombo',
    birthDate: '1970-05-20',
    gender: 'M',
    birthPlaceCode: 'C627',
    email: 'paolo.colombo@cpi.example.it',
    mobilePhone: '+393351030303',
    role: 'cpi_manager',
    binding: 'CPI-TO',
    description: 'Responsabile, CPI Torino',
  },
  {
    fiscalCode: 'RCCSRA75H60E379W',
    givenName: 'Sara',
    familyName: 'Ricci',
    birthDate: '1975-06-20',
    gender: 'F',
    birthPlaceCode: 'E379',
    email: 'sara.ricci@regione.example.it',
    mobilePhone: '+393351040404',
    role: 'region_admin',
    binding: '01',
    description: 'Amministratrice regionale',
  },
  {
    fiscalCode: 'MRNDVD88L05G674W',
    givenName: 'Davide',
    familyName: 'Marino',
    birthDate: '1988-07-05',
    gender: 'M',
    birthPlaceCode: 'G674',
    email: 'davide.marino@agenzia.example.it',
    mobilePhone: '+393351050505',
    role: 'agency_staff',
    binding: 'PIE-APL-001',
    description: 'Operatore agenzia accreditata LavoroPiù',
  },
  {
    fiscalCode: 'GRCLRA80S48L219S',
    givenName: 'Laura',
    familyName: 'Greco',
    birthDate: '1980-11-08',
    gender: 'F',
    birthPlaceCode: 'L219',
    email: 'laura.greco@azienda.example.it',
    mobilePhone: '+393351060606',
    role: 'employer',
    binding: 'Officine Subalpine S.r.l.',
    description: 'Referente aziendale, Officine Subalpine',
  },
  {
    fiscalCode: 'CNTLNE79H61L219Y',
    givenName: 'Elena',
    familyName: 'Conti',
    birthDate: '1979-06-21',
    gender: 'F',
    birthPlaceCode: 'L219',
    email: 'elena.conti@example.it',
    mobilePhone: '+393351070707',
    role: 'citizen',
    binding: '001272',
    description: "Titolare di un'impresa non ancora registrata (per provare la registrazione), domicilio a Torino",
  },
  {
    fiscalCode: 'SPSRSO83B54L219A',
    givenName: 'Rosa',
    familyName: 'Esposito',
    birthDate: '1983-02-14',
    gender: 'F',
    birthPlaceCode: 'L219',
    email: 'rosa.esposito@patronato.example.it',
    mobilePhone: '+393351080808',
    role: 'intermediary_staff',
    binding: '97000000011',
    description: 'Operatrice del Patronato Lavoro Sicuro di Moncalieri (delegata da Giulia Bianchi)',
  },
  {
    fiscalCode: 'GLLMRC77P03L219U',
    givenName: 'Marco',
    familyName: 'Gallo',
    birthDate: '1977-09-03',
    gender: 'M',
    birthPlaceCode: 'L219',
    email: 'marco.gallo@caf.example.it',
    mobilePhone: '+393351090909',
    role: 'intermediary_staff',
    binding: '97000000029',
    description: 'Operatore del CAF Torino Centro (nessuna delega)',
  },
];

/** Test identities of the development eIDAS node: people with another EU country's eID and no codice fiscale. */
export interface DevEidasIdentity {
  /** eIDAS PersonIdentifier as FICEP passes it in spidCode */
  personIdentifier: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  description: string;
}

export const DEV_EIDAS_IDENTITIES: readonly DevEidasIdentity[] = [
  {
    personIdentifier: 'DE/IT/4f1c2a9e7b3d5a60',
    givenName: 'Anna',
    familyName: 'Schmidt',
    birthDate: '1992-04-03',
    description: 'Cittadina tedesca con eID tedesco, senza codice fiscale',
  },
  {
    personIdentifier: 'ES/IT/02635542Y',
    givenName: 'Javier',
    familyName: 'García López',
    birthDate: '1988-09-21',
    description: 'Cittadino spagnolo con DNIe, senza codice fiscale',
  },
  {
    personIdentifier: 'FR/IT/7c0e55d2a1b94f36',
    givenName: 'Fatima',
    familyName: 'Khalil',
    birthDate: '1995-08-12',
    description: 'Cittadina francese con eID francese; registrata al CPI di Torino con KHLFTM95M52Z330E dopo il collegamento',
  },
];
