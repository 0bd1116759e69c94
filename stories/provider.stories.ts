import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { WIDGETS } from '../src/tools/snippet.js';
import type { CsrElement } from '../src/base/csr-element.js';

/** Every widget, in the snippet's order. */
const TAGS = Object.values(WIDGETS);

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'csr-provider',
  args: { partner: 'bredbandsbolaget' },
  render: (args, { loaded, globals }) => html`
    <csr-provider src=${loaded.src} partner=${args.partner}>
      ${TAGS.map((tag) => {
        const element = document.createElement(tag);
        element.setAttribute('theme', String(globals.theme));
        return element;
      })}
    </csr-provider>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'One config request for every widget inside, and one place to name the partner. Here for Bredbandsbolaget, whose entry the example config also lists. The award went to Telenor Sverige, so the award ribbon stays hidden for Bredbandsbolaget.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** Every widget inside one provider: one config request, one partner (no award: the ribbon stays hidden). */
export const ForAnotherPartner: Story = {
  play: async ({ canvasElement }) => {
    const widgets = [...canvasElement.querySelectorAll<CsrElement>('csr-provider > *')];
    await expect(widgets.length).toBe(TAGS.length);
    for (const widget of widgets) {
      await widget.settled();
      if (widget.localName === 'csr-award-ribbon') await expect(widget.problem?.code).toBe('award-unknown');
      else await expect(widget.problem, `${widget.localName}: ${widget.problem?.message}`).toBeUndefined();
    }
  },
};
