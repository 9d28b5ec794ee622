/**
 * DCAT-AP_IT metadata of the open data (JSON-LD): a catalogue with one dataset and its two distributions (JSON, CSV).
 * Vocabularies: DCAT, DCT, FOAF, vCard, and dcatapit (https://w3id.org/italia/onto/DCAT-AP_IT); themes and frequency from
 * the EU Publications Office authority tables.
 */
export function dcatCatalog(baseUrl: string, modified: string | null, publisher: { name: string; ipaCode: string; homepage: string }): Record<string, unknown> {
  const dataset = `${baseUrl}/catalog#dataset`;
  const agent = { '@type': ['foaf:Agent', 'dcatapit:Agent'], 'foaf:name': publisher.name, 'dct:identifier': publisher.ipaCode };
  const distribution = (format: 'JSON' | 'CSV', url: string, media: string) => ({
    '@id': `${baseUrl}/catalog#distribution-${format.toLowerCase()}`,
    '@type': 'dcatapit:Distribution',
    'dct:title': { '@language': 'it', '@value': `Indicatori mensili per CPI (${format})` },
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': media,
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/', '@type': ['dct:LicenseDocument', 'dcatapit:LicenseDocument'], 'foaf:name': 'CC BY 4.0' },
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      dcatapit: 'http://dati.gov.it/onto/dcatapit#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${baseUrl}/catalog`,
    '@type': ['dcat:Catalog', 'dcatapit:Catalog'],
    'dct:title': { '@language': 'it', '@value': 'OpenCPI: dati aperti dei Centri per l’impiego' },
    'dct:description': { '@language': 'it', '@value': 'Indicatori mensili dei servizi per il lavoro per Centro per l’impiego e per regione.' },
    'dct:publisher': agent,
    'foaf:homepage': { '@id': publisher.homepage },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/ITA' },
    ...(modified ? { 'dct:modified': { '@type': 'xsd:date', '@value': modified.slice(0, 10) } } : {}),
    'dcat:dataset': {
      '@id': dataset,
      '@type': ['dcat:Dataset', 'dcatapit:Dataset'],
      'dct:identifier': `${publisher.ipaCode}:opencpi-indicatori-mensili`,
      'dct:title': [
        { '@language': 'it', '@value': 'Indicatori mensili per Centro per l’impiego' },
        { '@language': 'en', '@value': 'Monthly indicators per employment centre' },
      ],
      'dct:description': {
        '@language': 'it',
        '@value':
          'DID, primo contatto entro i termini, patti, appuntamenti per canale, assenze, offerte, casi di condizionalità, soddisfazione. Celle con meno di 10 persone omesse (anche per differenza).',
      },
      'dct:publisher': agent,
      'dct:rightsHolder': agent,
      'dcat:contactPoint': { '@type': ['vcard:Organization', 'dcatapit:Organization'], 'vcard:fn': publisher.name, 'vcard:hasURL': { '@id': publisher.homepage } },
      'dcat:theme': [{ '@id': 'http://publications.europa.eu/resource/authority/data-theme/SOCI' }, { '@id': 'http://publications.europa.eu/resource/authority/data-theme/ECON' }],
      'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY' },
      'dcat:keyword': ['lavoro', 'centri per l’impiego', 'GOL', 'LEP'],
      ...(modified ? { 'dct:modified': { '@type': 'xsd:date', '@value': modified.slice(0, 10) } } : {}),
      'dct:conformsTo': { '@id': `${baseUrl}/dictionary`, '@type': 'dct:Standard', 'dct:title': 'Dizionario dei dati' },
      'dcat:distribution': [distribution('JSON', `${baseUrl}/indicators`, 'application/json'), distribution('CSV', `${baseUrl}/indicators.csv`, 'text/csv')],
    },
  };
}
