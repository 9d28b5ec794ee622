import { describe, expect, it } from 'vitest';
import { DID_FORM_DEFAULTS, didFormDefaults } from './did-form-values';

describe('didFormDefaults: the DID form starts from the professional profile', () => {
  it('without a profile: the empty form', () => {
    expect(didFormDefaults(undefined)).toBe(DID_FORM_DEFAULTS);
  });

  it('with one: studies, jobs, languages and licences as form rows (unknown languages and licences left out)', () => {
    const values = didFormDefaults({
      education: [{ title: 'Diploma', eqfLevel: 4, year: 2004 }],
      jobs: [{ occupation: 'Commesso', employer: 'Bottega Srl', from: '2015-01-01', to: '2026-06-30' }],
      languages: [
        { language: 'en', level: 'A2' },
        { language: 'xx', level: 'B1' },
      ],
      licences: ['B', 'ZZ'],
    });
    expect(values.education).toEqual([{ title: 'Diploma', eqfLevel: '4', year: '2004' }]);
    expect(values.jobs).toEqual([{ occupation: 'Commesso', employer: 'Bottega Srl', from: '2015-01-01', to: '2026-06-30' }]);
    expect(values.languages).toEqual([{ language: 'en', level: 'A2' }]);
    expect(values.licences).toEqual(['B']);
    expect(values.declaration).toBe(false);
  });
});
