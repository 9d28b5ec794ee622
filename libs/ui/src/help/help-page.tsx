import { useId, type ReactNode } from 'react';
import { CIE_HELP_URL } from '../components/cie-button';
import { SPID_HELP_URL } from '../components/spid-button';
import { useDocumentTitle } from '../hooks/use-document-title';

/** The texts of an app's "Ho bisogno di aiuto" page (its catalogue's `help`, read with `returnObjects`). */
export interface HelpTexts {
  title: string;
  intro: string;
  access: { title: string; text: string; spid: string; cie: string; noSpid?: string };
  phone: { title: string; text: string };
}

/** One section of the help page: a heading and its text. */
export function HelpSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="section-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * /aiuto of both SPAs: how to get in (SPID and CIE assistance), who to call, and, as `children`, the app's own way of
 * talking to someone (the person's CPI; the operator's manager and offices).
 */
export function HelpPage({ texts, children }: { texts: HelpTexts; children?: ReactNode }) {
  useDocumentTitle(texts.title);
  return (
    <div className="row">
      <div className="col-lg-10">
        <h1>{texts.title}</h1>
        <p className="lead">{texts.intro}</p>
        <HelpSection title={texts.access.title}>
          <p>{texts.access.text}</p>
          <ul>
            <li>
              <a href={SPID_HELP_URL}>{texts.access.spid}</a>
            </li>
            <li>
              <a href={CIE_HELP_URL}>{texts.access.cie}</a>
            </li>
          </ul>
          {texts.access.noSpid && <p>{texts.access.noSpid}</p>}
        </HelpSection>
        <HelpSection title={texts.phone.title}>
          <p>{texts.phone.text}</p>
        </HelpSection>
        {children}
      </div>
    </div>
  );
}
