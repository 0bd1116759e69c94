import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { CsrPartnerList } from '../src/components/partner-list/partner-list.js';
import * as states from './support/states.js';
import { expectReady, controlsFor, renderWidget, settledWidget } from './support/widget.js';

const meta: Meta = {
  title: 'Elements/Partner list',
  component: 'csr-partner-list',
  render: renderWidget,
  argTypes: controlsFor('csr-partner-list', CsrPartnerList),
  parameters: {
    csr: { fallback: { href: './demo/partners.html', text: 'ECPAT Sveriges partner' } },
    docs: {
      description: {
        component:
          'For the NGO’s own partners page: every partner in the config with its standing, dates and awards, one anchor each (`#telenor`), where a badge without `verifyUrl` links. One edit of the config revokes the badge on the partner’s site and updates this list alike.',
      },
    },
  },
  play: expectReady,
};
export default meta;
type Story = StoryObj;

export const List: Story = {
  play: async (context) => {
    await expectReady(context);
    const list = await settledWidget(context.canvasElement);
    const ids = [...list.shadowRoot!.querySelectorAll('[part~="entry"]')].map((entry) => entry.id);
    await expect(ids).toEqual(['telenor', 'bredbandsbolaget']);
  },
};

/** Every standing a partner can have: suspended, ended and expired entries stay listed, marked as such. */
export const Standings: Story = {
  name: 'Suspended, ended and expired partners',
  parameters: { csr: { config: 'fixture:standings' } },
  play: async (context) => {
    await expectReady(context);
    const list = await settledWidget(context.canvasElement);
    const classes = [...list.shadowRoot!.querySelectorAll('[part~="status"]')].map((status) => status.className);
    await expect(classes).toEqual(['status active', 'status suspended', 'status ended', 'status expired']);
  },
};

// The states every widget has (support/states.ts).
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
export const Forged: Story = { ...states.partnerStates.Forged };
