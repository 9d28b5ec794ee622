import type { IdentityProviderKind } from '@opencpi/contracts';
import { escapeXml as esc } from '../saml/xml';
import type { ParsedAuthnRequest } from './dev-idp.service';

const STYLE = `
  body{font-family:"Titillium Web",Geneva,Tahoma,sans-serif;margin:0;background:#f5f5f0;color:#1a1a1a;line-height:1.5}
  header{background:#0066cc;color:#fff;padding:1rem 1.5rem} header p{margin:.25rem 0 0}
  main{max-width:56rem;margin:0 auto;padding:1.5rem}
  .warn{background:#fff4e5;border-left:4px solid #a66300;padding:.75rem 1rem;margin-bottom:1rem}
  ul{list-style:none;padding:0;display:grid;gap:.5rem}
  button{font:inherit;cursor:pointer;border-radius:4px;padding:.6rem 1rem;border:2px solid #0066cc}
  .who{width:100%;text-align:left;background:#fff;color:#1a1a1a}
  .who strong{color:#004d99} .who span{display:block;font-size:.9rem;color:#404040}
  .who:hover,.who:focus{background:#e6f0fa} button:focus{outline:3px solid #ff9900;outline-offset:2px}
  .secondary{background:#fff;color:#004d99} label{font-weight:600;margin-right:.5rem}
  select{font:inherit;padding:.4rem} fieldset{border:1px solid #8c8c8c;border-radius:4px;margin:1rem 0;padding:1rem}
  legend{font-weight:600;padding:0 .25rem}
`;

const hidden = (r: ParsedAuthnRequest) =>
  (['SAMLRequest', 'RelayState', 'SigAlg', 'Signature'] as const).map((k) => `<input type="hidden" name="${k}" value="${esc(r.raw[k])}">`).join('');

/** One test identity on the picker: the form field it sets (codice fiscale, or eIDAS PersonIdentifier) and its value. */
export interface PickerEntry {
  field: 'fiscalCode' | 'personIdentifier';
  value: string;
  givenName: string;
  familyName: string;
  description: string;
}

const TITLES: Record<IdentityProviderKind, string> = { spid: 'OpenCPI Test IdP — SPID di prova', cie: 'CIE di prova', eidas: 'Nodo eIDAS (FICEP) di prova' };

/** The identity picker: accessible (lang, landmarks, labels, focus), as every page a browser test visits. */
export function identityPage(kind: IdentityProviderKind, r: ParsedAuthnRequest, people: readonly PickerEntry[]): string {
  const title = TITLES[kind];
  const levels = [1, 2, 3].map((l) => `<option value="${l}"${l === r.level ? ' selected' : ''}>SpidL${l}</option>`).join('');
  const buttons = people
    .map(
      (p) =>
        `<li><button class="who" type="submit" name="${p.field}" value="${esc(p.value)}"><strong>Entra come ${esc(p.givenName)} ${esc(p.familyName)}</strong>` +
        `<span>${esc(p.description)} — ${esc(p.value)}</span></button></li>`,
    )
    .join('');
  const errors = [
    ['nr19', 'Troppi tentativi falliti (nr19)'],
    ['nr20', 'Credenziali di livello non adeguato (nr20)'],
    ['nr21', 'Tempo scaduto (nr21)'],
    ['nr22', "Consenso all'invio dei dati negato (nr22)"],
    ['nr23', 'Identità sospesa o revocata (nr23)'],
  ]
    .map(([v, l]) => `<option value="${v}">${esc(l as string)}</option>`)
    .join('');
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<header><h1>${esc(title)}</h1><p>Provider di identità di sviluppo: non usare in produzione</p></header>
<main>
<p class="warn">Richiesta del servizio <strong>${esc(r.issuer)}</strong>: livello minimo SpidL${r.level}${r.forceAuthn ? ', autenticazione forzata' : ''}.</p>
<form method="post" action="respond">${hidden(r)}
<p><label for="level">Livello di autenticazione</label><select id="level" name="level">${levels}</select></p>
<h2>Scegli un'identità di prova</h2>
<ul>${buttons}</ul>
</form>
<form method="post" action="respond">${hidden(r)}
<fieldset><legend>Simula un errore dell'identity provider</legend>
<label for="error">Errore</label><select id="error" name="error">${errors}</select>
<button class="secondary" type="submit">Invia errore</button></fieldset>
</form>
<form method="post" action="respond">${hidden(r)}<input type="hidden" name="error" value="nr25">
<button class="secondary" type="submit">Annulla e torna al servizio</button></form>
</main></body></html>`;
}

/** HTTP-POST binding: a form that posts the Response to the ACS, submitted by a same-origin script. */
export function autoPostPage(acs: string, samlResponse: string, relayState: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ritorno al servizio</title><style>${STYLE}</style></head><body><main>
<h1>Ritorno al servizio in corso…</h1>
<form method="post" action="${esc(acs)}" id="saml-post">
<input type="hidden" name="SAMLResponse" value="${esc(samlResponse)}"><input type="hidden" name="RelayState" value="${esc(relayState)}">
<button type="submit">Continua</button></form></main>
<script src="../autosubmit.js"></script></body></html>`;
}

/** A plain message page of the development IdP (logout outcomes). */
export function messagePage(title: string, text: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<header><h1>${esc(title)}</h1><p>Provider di identità di sviluppo: non usare in produzione</p></header>
<main><p>${esc(text)}</p></main></body></html>`;
}

/** Sessions the development IdP opened, each with a link that starts an IdP-initiated logout. */
export function sessionsPage(kind: IdentityProviderKind, sessions: readonly { nameId: string; who: string }[]): string {
  const items = sessions.map((s) => `<li><a href="logout?nameId=${encodeURIComponent(s.nameId)}">Disconnetti ${esc(s.who)} da tutti i servizi</a></li>`).join('');
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(TITLES[kind])}: sessioni</title><style>${STYLE}</style></head><body>
<header><h1>${esc(TITLES[kind])}: sessioni aperte</h1><p>Provider di identità di sviluppo: non usare in produzione</p></header>
<main>${sessions.length ? `<ul>${items}</ul>` : '<p>Nessuna sessione aperta.</p>'}</main></body></html>`;
}
