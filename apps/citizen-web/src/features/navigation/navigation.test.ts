import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumb-trail';
import { areaOf, citizenNav, isCurrent } from './nav-items';

describe('breadcrumbs and main navigation of the citizen area', () => {
  it('no breadcrumb on the homes and on public pages', () => {
    for (const path of ['/', '/profilo', '/imprese', '/aiuto', '/invito/abc', '/verifica']) expect(breadcrumbTrail(path)).toEqual([]);
  });

  it('inner pages: home, parents, the page', () => {
    expect(breadcrumbTrail('/did').map((c) => c.labelKey)).toEqual(['home.crumbs.home', 'did.title']);
    expect(breadcrumbTrail('/appuntamenti/123/sposta').map((c) => c.to)).toEqual(['/profilo', '/appuntamenti', '/appuntamenti/123/sposta']);
    expect(breadcrumbTrail('/piano').map((c) => c.labelKey)).toEqual(['home.crumbs.home', 'home.crumbs.patto', 'home.crumbs.plan']);
    expect(breadcrumbTrail('/imprese/offerte/nuova').map((c) => c.labelKey)).toEqual(['home.crumbs.companyHome', 'imprese.create.title']);
  });

  it('the current entry: the home only on itself, "Patto e piano" on /piano too, the area of /imprese', () => {
    const [home, appointments, pattoPlan] = citizenNav;
    expect(isCurrent(home!, '/profilo')).toBe(true);
    expect(isCurrent(home!, '/profilo-professionale')).toBe(false);
    expect(isCurrent(appointments!, '/appuntamenti/prenota')).toBe(true);
    expect(isCurrent(pattoPlan!, '/piano')).toBe(true);
    expect(areaOf('/imprese/azienda')).toBe('company');
    expect(areaOf('/impresentabile')).toBe('citizen');
  });
});
