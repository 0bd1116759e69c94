import { expect } from '@open-wc/testing';
import { translate, pickText, isRtl, dictionary, stringKeys, addStrings } from '../src/config/l10n.js';
import '../src/components/partner-list/partner-list.strings.js';
import { reportDialogStrings } from '../src/components/report-button/report-dialog.strings.js';

// The report button adds these when the dialog's file arrives.
addStrings(reportDialogStrings);

describe('localisation', () => {
  it('has every key in Swedish and English, the partner list\'s and the report dialog\'s own included, with the same placeholders', () => {
    const keys = stringKeys();
    expect(keys).to.include('list.title');
    expect(keys).to.include('report.form.url');
    const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      expect(dictionary('sv')[key], `sv ${key}`).to.be.a('string').and.not.equal('');
      expect(dictionary('en')[key], `en ${key}`).to.be.a('string').and.not.equal('');
      expect(placeholders(dictionary('sv')[key]), key).to.deep.equal(placeholders(dictionary('en')[key]));
    }
    expect(Object.keys(dictionary('sv')).sort()).to.deep.equal([...keys].sort());
  });

  it('picks the language, its base language, then English', () => {
    expect(translate('report.label', 'sv')).to.equal('Rapportera');
    expect(translate('report.label', 'sv-FI')).to.equal('Rapportera');
    expect(translate('report.label', 'en-GB')).to.equal('Report');
    expect(translate('report.label', 'ar')).to.equal('Report');
  });

  it('lets the config override any key per locale and fills placeholders', () => {
    const overrides = { sv: { 'badge.text': 'Partner till {organization}' }, ar: { 'report.label': 'إبلاغ' } };
    expect(translate('badge.text', 'sv', overrides, { organization: 'ECPAT Sverige' })).to.equal('Partner till ECPAT Sverige');
    expect(translate('badge.text', 'en', overrides, { organization: 'ECPAT Sverige' })).to.equal('Proud partner of ECPAT Sverige');
    expect(translate('report.label', 'ar', overrides)).to.equal('إبلاغ');
  });

  it('picks config texts by language with a fallback', () => {
    const text = { sv: 'Sprid mer kunskap', en: 'Spread the word' };
    expect(pickText(text, 'sv-SE')).to.equal('Sprid mer kunskap');
    expect(pickText(text, 'en')).to.equal('Spread the word');
    expect(pickText(text, 'de')).to.equal('Spread the word');
    expect(pickText({ sv: 'Bara svenska' }, 'en')).to.equal('Bara svenska');
    expect(pickText('plain', 'fi')).to.equal('plain');
    expect(pickText(undefined, 'sv')).to.equal(undefined);
  });

  it('knows right-to-left languages', () => {
    expect(isRtl('ar')).to.equal(true);
    expect(isRtl('he-IL')).to.equal(true);
    expect(isRtl('sv')).to.equal(false);
  });
});
