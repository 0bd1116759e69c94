// The script-tag files: dist/csr-widgets.js and the files beside it that it imports when a page needs
// them (src/runtime/on-demand.ts). One vite build each (`vite build --mode <name>`, vite.config.ts),
// run by scripts/build.js and by the hardening suite's own build.
export const SCRIPT_FILES = {
  script: { entry: 'src/csr-widgets.ts', file: 'csr-widgets.js', formats: ['iife'] },
  'script-list': { entry: 'src/define/partner-list.ts', file: 'csr-widgets.partner-list.js', formats: ['iife'] },
  'script-sender': { entry: 'src/components/report-button/send-report.ts', file: 'csr-widgets.send-report.js', formats: ['es'] },
};
