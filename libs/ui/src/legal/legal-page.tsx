import { localeOf } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { HelpSection } from '../help/help-page';
import { useDocumentTitle } from '../hooks/use-document-title';

import { BindingText, BindingTranslationNotice, useBindingItalian } from './binding-translation';
import { LEGAL_PATHS, type LegalPageKind } from './legal-paths';

interface LegalSection {
  title: string;
  text?: string;
  items?: string[];
  bodyCompletes?: boolean;
}

/** The date the texts were last reviewed (printed on each page). */
const UPDATED = '2026-12-03';

/**
 * Privacy notice, legal notes or accessibility statement: texts from `common` → `legal`, the same in both SPAs. In a
 * language other than Italian the page says it is a translation and can show the binding Italian text.
 */
export function LegalPage({ kind }: { kind: LegalPageKind }) {
  const { i18n } = useTranslation();
  const binding = useBindingItalian();
  const t = i18n.getFixedT(binding.language, 'common');
  const page = t(`legal.${kind}`, { returnObjects: true }) as { title: string; intro: string; sections: LegalSection[] };
  useDocumentTitle(page.title);
  const updated = new Intl.DateTimeFormat(localeOf(binding.language), { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(`${UPDATED}T12:00:00Z`));
  return (
    <div className="row">
      <div className="col-lg-10">
        <BindingTranslationNotice binding={binding} />
        <BindingText binding={binding}>
          <h1>{page.title}</h1>
          <p className="lead">{page.intro}</p>
          {page.sections.map((s) => (
            <HelpSection key={s.title} title={s.title}>
              {s.text && <p>{s.text}</p>}
              {s.items && (
                <ul>
                  {s.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
              {s.bodyCompletes && <p className="small fst-italic">{t('legal.bodyCompletes')}</p>}
            </HelpSection>
          ))}
          <p className="small text-muted mt-4">{t('legal.updated', { date: updated })}</p>
        </BindingText>
      </div>
    </div>
  );
}

/** Route objects for the three pages (both SPAs add them to their router). */
export function legalRoutes() {
  return (Object.keys(LEGAL_PATHS) as LegalPageKind[]).map((kind) => ({ path: LEGAL_PATHS[kind].slice(1), element: <LegalPage kind={kind} /> }));
}
