import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CsrAwardRibbon } from '../src/components/award-ribbon/award-ribbon.js';
import * as states from './support/states.js';
import { expectProblem, expectReady, controlsFor, renderWidget, settledWidget } from './support/widget.js';

const meta: Meta = {
  title: 'Elements/Award ribbon',
  component: 'csr-award-ribbon',
  render: renderWidget,
  argTypes: controlsFor('csr-award-ribbon', CsrAwardRibbon),
  args: { partner: 'telenor', award: 'frii-2013' },
  parameters: {
    csr: { fallback: { href: './demo/award.html', text: 'Årets Företagssamarbete 2013' } },
    docs: {
      description: {
        component:
          'An award: title, year, issuer, link, and the jury’s citation on demand. Shown only for a partner in good standing that lists the award.',
      },
    },
  },
  play: expectReady,
};
export default meta;
type Story = StoryObj;

export const Ribbon: Story = {};
export const Seal: Story = { args: { variant: 'seal' } };
export const Inline: Story = { args: { variant: 'inline' } };

/** The jury's citation, opened with its button. */
export const CitationOpen: Story = {
  name: 'Citation open',
  play: async ({ canvasElement }) => {
    const ribbon = await settledWidget(canvasElement);
    const toggle = ribbon.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]');
    await expect(toggle, 'the citation button').toBeTruthy();
    await userEvent.click(toggle!);
    await waitFor(() => expect(ribbon.shadowRoot!.querySelector('[part~="citation"]')?.checkVisibility()).toBe(true));
    await expect(toggle!.getAttribute('aria-expanded')).toBe('true');
  },
};

/** No award attribute: the partner's first award. */
export const PartnersFirstAward: Story = { name: 'The partner’s first award', args: { award: undefined } };

export const UnknownAward: Story = { args: { award: 'nobel-1901' }, play: expectProblem('award-unknown') };
export const AwardNotForPartner: Story = {
  name: 'Award the partner does not list',
  parameters: { csr: { config: 'fixture:award-not-listed' } },
  play: expectProblem('award-not-for-partner'),
};
export const BrokenAward: Story = {
  name: 'Broken award entry',
  args: { partner: 'bredbandsbolaget' },
  parameters: { csr: { config: 'fixture:broken-entries' } },
  play: expectProblem('award-invalid'),
};

/** The config's brand colours, used when they pass WCAG AA contrast. */
export const BrandColours: Story = { name: 'Brand colours from the config', parameters: { csr: { config: 'fixture:brand' } } };

/** Brand colours that fail 4.5:1 are ignored (with a console warning): the accessible defaults stay. */
export const BrandLowContrast: Story = {
  name: 'Brand colours with too little contrast',
  parameters: { csr: { config: 'fixture:brand-low-contrast' } },
};

// The states every widget has (support/states.ts). Storybook indexes only stories defined in this
// file, so each is spelled out here.
export const Dark: Story = { ...states.Dark };
export const Auto: Story = { ...states.Auto };
export const Swedish: Story = { ...states.Swedish };
export const English: Story = { ...states.English };
export const ArabicRtl: Story = { ...states.ArabicRtl, name: 'Arabic (right to left)' };
export const Phone: Story = { ...states.Phone, name: 'Phone (320 px)' };
export const Loading: Story = { ...states.Loading };
export const NoConfig: Story = { ...states.NoConfig };
export const HttpError: Story = { ...states.HttpError };
export const NotJson: Story = { ...states.NotJson };
export const NetworkError: Story = { ...states.NetworkError };
export const InvalidConfig: Story = { ...states.InvalidConfig };

export const Suspended: Story = { ...states.partnerStates.Suspended, name: 'Revoked (suspended)' };
export const Ended: Story = { ...states.partnerStates.Ended };
export const Expired: Story = { ...states.partnerStates.Expired };
export const OtherDomain: Story = { ...states.partnerStates.OtherDomain, name: 'Outside the partner’s domains' };
export const UnknownPartner: Story = { ...states.partnerStates.UnknownPartner };
export const BrokenPartner: Story = { ...states.partnerStates.BrokenPartner };
export const Forged: Story = { ...states.partnerStates.Forged };
