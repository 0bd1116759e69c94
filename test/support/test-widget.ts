/** A minimal widget on the shared base, for testing the base itself. */
import { html } from 'lit';
import { CsrElement, type SelectContext } from '../../src/base/csr-element.js';
import { problem } from '../../src/config/errors.js';
import { define } from '../../src/base/define.js';

export class CsrTestWidget extends CsrElement<{ name: string; partner?: string }> {
  static override variants = ['plain', 'fancy'];

  protected select({ config, partner }: SelectContext) {
    if (partner === 'needs-share' && !config.share) return problem('section-missing', 'share: missing');
    const found = partner ? this.findPartner(config, partner) : undefined;
    if (found && 'code' in found) return found;
    return { model: { name: this.text(config.organization.name) ?? '', partner: found ? this.text(found.name) : undefined } };
  }

  protected renderContent(model: { name: string; partner?: string }) {
    return html`<p part="base" dir=${this.textDirection}>
      <span class="org">${model.name}</span> <span class="partner">${model.partner ?? ''}</span>
      <span class="label">${this.t('badge.text', { organization: model.name })}</span>
    </p>`;
  }
}

define('csr-test-widget', CsrTestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'csr-test-widget': CsrTestWidget;
  }
}
