// The script-tag files: dist/csr-widgets.js and the files beside it that it imports when a page needs
// them (src/runtime/on-demand.ts). One vite build each (`vite build --mode <name>`, vite.config.ts),
// run by scripts/build.js and by the hardening suite's own build.
export const SCRIPT_FILES = {
  script: { entry: 'src/csr-widgets.ts', file: 'csr-widgets.js', formats: ['iife'] },
  'script-list': { entry: 'src/define/partner-list.ts', file: 'csr-widgets.partner-list.js', formats: ['iife'] },
  // An ES module, imported by the script (which is classic): it renders with the script's Lit, passed in.
  'script-dialog': { entry: 'src/components/report-button/report-dialog.ts', file: 'csr-widgets.report-dialog.js', formats: ['es'] },
};
