import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { CsrPartnerBadge } from '../src/components/partner-badge/partner-badge.js';
import * as states from './support/states.js';
import { expectReady, controlsFor, renderWidget, settledWidget } from './support/widget.js';

const meta: Meta = {
  title: 'Elements/Partner badge',
  component: 'csr-partner-badge',
  render: renderWidget,
  argTypes: controlsFor('csr-partner-badge', CsrPartnerBadge),
  args: { partner: 'telenor' },
  parameters: {
    csr: { fallback: { href: './demo/partners.html#telenor', text: 'Partner till ECPAT Sverige' } },
    docs: {
      description: {
        component:
          'The NGO’s mark and “Proud partner of …”, linked to the NGO’s page that confirms the partnership, and the site that vouches for it (“Verified by …”). Shown only from a config the NGO’s own site served, and only while the NGO lists the partner as active and unexpired (and, when the config names domains, only on those).',
      },
    },
  },
  play: expectReady,
};
export default meta;
type Story = StoryObj;

export const Full: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const Mark: Story = { args: { variant: 'mark' } };
export const OtherPartner: Story = { name: 'Another partner (Bredbandsbolaget)', args: { partner: 'bredbandsbolaget' } };

/** No logo in the config: the NGO's name stands in the mark; the partner's own badge text and start year. */
export const NoLogoOwnText: Story = {
  name: 'No logo, own badge text',
  parameters: { csr: { config: 'fixture:no-logo' } },
  play: async (context) => {
    await expectReady(context);
    const badge = await settledWidget(context.canvasElement);
    await expect(badge.shadowRoot!.querySelector('[part~="name"]')).toBeTruthy();
  },
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
