import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/report-button.js';
import type { CsrReportButton } from './report-button.js';
import { validateConfig, formatIssue } from '../../config/validate.js';
import { exampleConfig, intakeReceived, scriptIntake, serveConfig } from '../../../test/support/server.js';

const shadow = (el: Element) => el.shadowRoot!;
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

interface Mounted {
  el: CsrReportButton;
  errors: string[];
  warnings: string[];
}

/**
 * A report button on the example config (the ECPAT Hotline in Sweden, and example hotlines in
 * Norway, Denmark and Finland), with `report` changes and attributes.
 */
async function mount(report: Record<string, unknown> = {}, attributes: { country?: string; lang?: string; partner?: string } = {}): Promise<Mounted> {
  const config = await exampleConfig();
  config.report = { ...config.report, ...report };
  const { url } = await serveConfig(config);
  const errors: string[] = [];
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    const wrap = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(`${e.detail.code} ${e.detail.message}`)}>
      <csr-report-button src=${url} partner=${attributes.partner ?? 'telenor'} lang=${attributes.lang ?? 'en'} country=${attributes.country ?? ''}></csr-report-button>
    </div>`);
    const el = wrap.querySelector('csr-report-button')!;
    if (!attributes.country) el.removeAttribute('country');
    await el.settled();
    return { el, errors, warnings };
  } finally {
    console.warn = original;
  }
}

async function openDialog(el: CsrReportButton): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button.open')!.click();
  await waitUntil(() => shadow(el).querySelector('dialog')?.open, 'the dialog opens', { timeout: 10000 });
}

const hotlineLine = (el: CsrReportButton) => words(shadow(el).querySelector('[part="hotline"]'));
const chooser = (el: CsrReportButton) => shadow(el).querySelector<HTMLSelectElement>('select#country')!;
const online = (el: CsrReportButton) => shadow(el).querySelector<HTMLAnchorElement>('dialog .way[target="_blank"]')?.href;

async function choose(el: CsrReportButton, country: string): Promise<void> {
  const select = chooser(el);
  select.value = country;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('hotlines per country', () => {
  it('names the hotline, and offers "Not in Sweden? Choose your country" with every country', async () => {
    const { el, errors } = await mount({}, { lang: 'sv' });
    await openDialog(el);
    expect(hotlineLine(el)).to.equal('Din rapport går till ECPAT Hotline.');
    expect(words(shadow(el).querySelector('label[for="country"]'))).to.equal('Inte i Sverige? Välj land');
    // The default first, then the others by name in the button's language.
    expect([...chooser(el).options].map((o) => [o.value, o.text])).to.deep.equal([
      ['SE', 'Sverige'],
      ['DK', 'Danmark'],
      ['FI', 'Finland'],
      ['NO', 'Norge'],
    ]);
    expect(chooser(el).value).to.equal('SE');
    expect(errors).to.deep.equal([]);
  });

  it('changes the hotline without losing what the person typed, and sends to the chosen one', async () => {
    const sweden = await scriptIntake();
    const norway = await scriptIntake();
    const { el } = await mount({ endpoint: sweden.url, hotlines: { NO: { name: 'Norway hotline (example)', hotlineUrl: 'https://no.example/', endpoint: norway.url }, FI: { name: 'Finland hotline (example)', hotlineUrl: 'https://fi.example/' } } });
    await openDialog(el);
    const field = shadow(el).querySelector<HTMLInputElement>('#url')!;
    field.focus();
    await sendKeys({ type: 'chat.example/room' });
    await choose(el, 'FI');
    expect(hotlineLine(el)).to.equal('Your report goes to Finland hotline (example).');
    expect(online(el)).to.equal('https://fi.example/');
    expect(words(shadow(el).querySelector('label[for="country"]'))).to.equal('Not in Finland? Choose your country');
    // Finland's hotline has no form: the form is hidden, not removed.
    expect(shadow(el).querySelector<HTMLFormElement>('form')!.hidden, 'form hidden').to.equal(true);
    await choose(el, 'NO');
    expect(shadow(el).querySelector<HTMLFormElement>('form')!.hidden, 'form hidden').to.equal(false);
    expect(shadow(el).querySelector<HTMLInputElement>('#url')!.value, 'typed text').to.equal('chat.example/room');
    shadow(el).querySelector<HTMLButtonElement>('button.send')!.click();
    await waitUntil(() => words(shadow(el).querySelector('.outcome.status')).startsWith('Thank you'), 'sent', { timeout: 10000 });
    expect((await intakeReceived(norway.key)).reports.map((r) => r.report.url)).to.deep.equal(['chat.example/room']);
    expect((await intakeReceived(sweden.key)).attempts).to.have.length(0);
  });

  it('picks the country attribute first, then partnerCountry, then the language region, else the default', async () => {
    const first = async (report: Record<string, unknown>, attributes: Parameters<typeof mount>[1]) => {
      const { el } = await mount(report, attributes);
      await openDialog(el);
      return chooser(el).value;
    };
    expect(await first({ partnerCountry: { telenor: 'DK' } }, { country: 'no', lang: 'fi-FI' }), 'attribute').to.equal('NO');
    expect(await first({ partnerCountry: { telenor: 'DK' } }, { lang: 'fi-FI' }), 'partner').to.equal('DK');
    expect(await first({}, { lang: 'nb-NO' }), 'language region').to.equal('NO');
    expect(await first({ partnerCountry: { telenor: 'DK' } }, { lang: 'nb-NO', partner: 'bredbandsbolaget' }), 'other partner').to.equal('NO');
    expect(await first({}, { lang: 'en-GB' }), 'no hotline for the region').to.equal('SE');
  });

  it('reports a country attribute that is not a code, and keeps the default hotline', async () => {
    const { el, errors } = await mount({}, { country: 'Norway' });
    expect(errors).to.deep.equal(['attribute-invalid country: "Norway" must be a country code such as "NO" (ISO 3166); using the next choice']);
    await openDialog(el);
    expect(chooser(el).value).to.equal('SE');
  });

  it('warns about a country without a hotline, in the attribute or in partnerCountry, when the dialog opens', async () => {
    const { el, errors } = await mount({ partnerCountry: { telenor: 'DE' } }, { country: 'ZZ' });
    expect(errors).to.deep.equal([]);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await openDialog(el);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('no hotline'))).to.deep.equal([
      '[csr-widgets] country: no hotline for "ZZ" (the config has SE, NO, DK, FI); using the next choice',
      '[csr-widgets] report.partnerCountry.telenor: no hotline for "DE" (the config has SE, NO, DK, FI); using the next choice',
    ]);
    expect(chooser(el).value).to.equal('SE');
  });

  it('leaves out a broken hotline with its path, and keeps the rest of the section', async () => {
    const { el, errors, warnings } = await mount({
      hotlines: { NO: { name: 'Norway hotline (example)' }, Denmark: { name: 'x', hotlineUrl: 'https://dk.example/' }, FI: { name: 'Finland hotline (example)', hotlineUrl: 'https://fi.example/' } },
    });
    expect(errors).to.deep.equal(['config-invalid report.hotlines.NO.hotlineUrl: must be an object with name and hotlineUrl; the report button works without it']);
    expect(warnings.some((w) => w.includes('report.hotlines.Denmark: must be a country code such as "NO"')), 'the second fault is a warning').to.equal(true);
    await openDialog(el);
    expect([...chooser(el).options].map((o) => o.value)).to.deep.equal(['SE', 'FI']);
  });

  it('shows no chooser with one hotline', async () => {
    const { el } = await mount({ hotlines: undefined });
    await openDialog(el);
    expect(shadow(el).querySelector('select')).to.equal(null);
    expect(hotlineLine(el)).to.equal('Your report goes to ECPAT Hotline.');
  });
});

describe('report section validation', () => {
  const report = (extra: Record<string, unknown>) => validateConfig({ version: 1, organization: { name: 'NGO', url: 'https://ngo.example/' }, report: { hotlineUrl: 'https://ngo.example/hotline', ...extra } });

  it('drops only the faulty hotline, exit page or partner countries, each with its path', () => {
    const result = report({
      exitUrl: 'javascript:alert(1)',
      partnerCountry: { telenor: 'Sweden' },
      country: 'se',
      hotlines: { NO: { name: 'N', hotlineUrl: 'https://no.example/' }, DK: { name: 'D', hotlineUrl: 'http://dk.example/' }, xx: { name: 'X', hotlineUrl: 'https://x.example/' } },
    });
    if (!result.ok) throw new Error('the config should stay usable');
    expect(result.config.issues.map(formatIssue)).to.deep.equal([
      'report.country: must be a country code such as "NO" (ISO 3166, two capital letters)',
      'report.partnerCountry.telenor: must be a country code such as "NO" (ISO 3166, two capital letters)',
      'report.exitUrl: must be an https URL',
      'report.hotlines.DK.hotlineUrl: must be an https URL',
      'report.hotlines.xx: must be a country code such as "NO" (ISO 3166, two capital letters)',
    ]);
    const valid = result.config.report!;
    expect(valid.hotlineUrl).to.equal('https://ngo.example/hotline');
    expect(Object.keys(valid.hotlines ?? {})).to.deep.equal(['NO']);
    expect(valid.exitUrl).to.equal(undefined);
  });
});
