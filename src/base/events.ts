/** The widgets' events: bubbling, composed, typed, dispatched on the element. */
import type { CsrErrorCode } from '../config/errors.js';

const init = { bubbles: true, composed: true } as const;

/** Fired once each time a widget is connected and first shows its content. */
export class CsrReadyEvent extends Event {
  static readonly type = 'csr-ready';
  constructor() {
    super(CsrReadyEvent.type, init);
  }
}

export interface CsrErrorDetail {
  code: CsrErrorCode;
  message: string;
}

/** Fired when a widget cannot show its content; it then shows its light-DOM fallback. */
export class CsrErrorEvent extends CustomEvent<CsrErrorDetail> {
  static readonly type = 'csr-error';
  constructor(detail: CsrErrorDetail) {
    super(CsrErrorEvent.type, { ...init, detail });
  }
}

export interface CsrShareDetail {
  network: string;
  url: string;
}

/** Fired when a person uses a share action. */
export class CsrShareEvent extends CustomEvent<CsrShareDetail> {
  static readonly type = 'csr-share';
  constructor(detail: CsrShareDetail) {
    super(CsrShareEvent.type, { ...init, detail });
  }
}

export type CsrReportOutcome = 'sent' | 'failed' | 'opened-hotline' | 'called' | 'texted';

export interface CsrReportDetail {
  outcome: CsrReportOutcome;
}

/** Fired when a report is sent or fails, or the person turns to the hotline's site, phone or SMS. */
export class CsrReportEvent extends CustomEvent<CsrReportDetail> {
  static readonly type = 'csr-report';
  constructor(detail: CsrReportDetail) {
    super(CsrReportEvent.type, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'csr-ready': CsrReadyEvent;
    'csr-error': CsrErrorEvent;
    'csr-share': CsrShareEvent;
    'csr-report': CsrReportEvent;
  }
}
