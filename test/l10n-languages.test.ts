import { expect } from '@open-wc/testing';
import { addStrings, dictionary, stringKeys, type StringKey } from '../src/config/l10n.js';
import '../src/components/partner-list/partner-list.strings.js';
import { reportDialogStrings } from '../src/components/report-button/report-dialog.strings.js';
import { strings as ar } from '../src/l10n/ar.js';
import { strings as da } from '../src/l10n/da.js';
import { strings as de } from '../src/l10n/de.js';
import { strings as es } from '../src/l10n/es.js';
import { strings as fi } from '../src/l10n/fi.js';
import { strings as fr } from '../src/l10n/fr.js';
import { strings as nb } from '../src/l10n/nb.js';
import { strings as uk } from '../src/l10n/uk.js';

// The report button adds these when the dialog's file arrives.
addStrings(reportDialogStrings);

/** The eight languages beyond Swedish and English, each a file of its own in src/l10n/. */
const languages: Record<string, Record<string, unknown>> = { nb, da, fi, de, fr, es, ar, uk };

/** The names of a string's `{placeholders}`, sorted, repeats kept. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the translations in src/l10n/', () => {
  const en = dictionary('en');
  const keys = stringKeys();

  it('are eight, and English includes the partner list\'s and the report dialog\'s keys', () => {
    expect(Object.keys(languages)).to.have.length(8);
    expect(keys).to.include('list.title');
    expect(keys).to.include('report.form.url');
  });

  for (const [lang, strings] of Object.entries(languages)) {
    describe(lang, () => {
      it('has every key of English and no other', () => {
        expect(Object.keys(strings).sort()).to.deep.equal([...keys].sort());
      });

      it('has a non-empty string for every key, without stray braces or surrounding spaces', () => {
        for (const [key, text] of Object.entries(strings)) {
          expect(text, `${lang} ${key}`).to.be.a('string');
          const s = text as string;
          expect(s.trim(), `${lang} ${key}`).to.not.equal('');
          expect(s, `${lang} ${key}: surrounding spaces`).to.equal(s.trim());
          expect(s.replace(/\{\w+\}/g, ''), `${lang} ${key}: a brace outside a placeholder`).to.not.match(/[{}]/);
        }
      });

      it('has exactly the placeholders of the English string', () => {
        for (const key of keys) {
          const text = strings[key];
          if (typeof text !== 'string') continue; // reported by the tests above
          expect(placeholders(text), `${lang} ${key}`).to.deep.equal(placeholders(en[key as StringKey] ?? ''));
        }
      });
    });
  }

  it('writes Arabic in Arabic script and Ukrainian in Cyrillic', () => {
    expect(ar['report.title']).to.match(/\p{Script=Arabic}/u);
    expect(uk['report.title']).to.match(/\p{Script=Cyrillic}/u);
  });
});
