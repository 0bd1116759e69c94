// Writes dist/csr-widgets.css (or the file named), the stylesheet a page links beside the script so
// that every widget holds its final box before the script defines it: src/base/reservation.ts, from
// the sizes in src/base/boxes.ts that the widgets' own styles use.
//   node scripts/reservation-css.js [out-file]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { importTs } from './load-ts.js';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? resolve(root, 'dist/csr-widgets.css'));
const { reservationCss } = await importTs(resolve(root, 'src/base/reservation.ts'));
const css = reservationCss();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, css);
console.log(`${relative(process.cwd(), out)}: ${css.length} bytes`);
