// The script-tag files: dist/csr-widgets.js and the files beside it that it imports when a page needs
// them (src/runtime/on-demand.ts). One vite build each (`vite build --mode <name>`, vite.config.ts),
// run by scripts/build.js and by the hardening suite's own build.
export const SCRIPT_FILES = {
  script: { entry: 'src/csr-widgets.ts', file: 'csr-widgets.js', formats: ['iife'] },
  'script-list': { entry: 'src/define/partner-list.ts', file: 'csr-widgets.partner-list.js', formats: ['iife'] },
  // An ES module, imported by the script (which is classic): it renders with the script's Lit, passed in.
  'script-dialog': { entry: 'src/components/report-button/report-dialog.ts', file: 'csr-widgets.report-dialog.js', formats: ['es'] },
  // The languages beyond English and Swedish (src/l10n/), one ES module each, imported when a widget needs one.
  ...Object.fromEntries(
    ['nb', 'da', 'fi', 'de', 'fr', 'es', 'ar', 'uk'].map((code) => [
      `script-lang-${code}`,
      { entry: `src/l10n/${code}.ts`, file: `csr-widgets.lang-${code}.js`, formats: ['es'] },
    ]),
  ),
};
