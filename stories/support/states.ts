/**
 * The states every widget has, as story objects a widget's story file re-exports under the same
 * names: the toolbar's languages and themes fixed per story, a phone width, loading, and one story
 * per config fault. Each one's play function checks that the widget really is in that state.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import type { CsrErrorCode } from '../../src/config/errors.js';
import type { ConfigName } from './configs.js';
import { expectLoading, expectProblem, expectReady } from './widget.js';

type Story = StoryObj;

const withConfig = (config: ConfigName, code: CsrErrorCode, summary: string): Story => ({
  parameters: { csr: { config }, docs: { description: { story: summary } } },
  play: expectProblem(code),
});

const describe = (story: string) => ({ docs: { description: { story } } });

export const Dark: Story = { globals: { theme: 'dark' }, play: expectReady };
export const Auto: Story = { globals: { theme: 'auto' }, parameters: describe('Follows the operating system’s light or dark setting.'), play: expectReady };
export const Swedish: Story = { globals: { locale: 'sv' }, play: expectReady };
export const English: Story = { globals: { locale: 'en' }, play: expectReady };
export const ArabicRtl: Story = {
  name: 'Arabic (right to left)',
  globals: { locale: 'ar' },
  parameters: describe('Laid out right to left. The config has no Arabic texts, so they fall back to English.'),
  play: expectReady,
};
export const Phone: Story = {
  name: 'Phone (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: expectReady,
};

export const Loading: Story = {
  parameters: {
    csr: { config: 'never-answers' },
    ...describe('The config has not arrived: the widget keeps the space of its final size and shows its fallback in it, so nothing shifts when the config comes.'),
  },
  play: expectLoading,
};

export const NoConfig = withConfig('none', 'config-missing', 'No src anywhere (attribute, provider or script tag): the fallback shows.');
export const HttpError = withConfig('http-404', 'config-http', 'The config URL answers 404.');
export const NotJson = withConfig('not-json', 'config-parse', 'The config URL answers with text that is not JSON.');
export const NetworkError = withConfig('network-error', 'config-network', 'The config cannot be fetched (offline, DNS, CORS); after three tries the fallback shows.');
export const InvalidConfig = withConfig('fixture:invalid', 'config-invalid', 'The config as a whole is refused (here: `"version": 2`).');

/** The states of a widget that shows a partnership (badge, award ribbon). */
export const partnerStates = {
  Suspended: {
    name: 'Revoked (suspended)',
    ...withConfig('fixture:suspended', 'partner-suspended', 'The NGO set `"status": "suspended"`: every page drops the widget on its next load.'),
  },
  Ended: withConfig('fixture:ended', 'partner-ended', '`"status": "ended"`.'),
  Expired: withConfig('fixture:expired', 'partner-expired', '`validUntil` has passed.'),
  OtherDomain: {
    name: 'Outside the partner’s domains',
    ...withConfig('fixture:other-domain', 'partner-domain', 'The partner lists `domains` and this page is not on one of them.'),
  },
  UnknownPartner: {
    args: { partner: 'nobody' },
    parameters: describe('The partner id is not in the config.'),
    play: expectProblem('partner-unknown'),
  },
  Forged: {
    name: 'Forged config (another site)',
    ...withConfig(
      'fixture:forged',
      'config-origin',
      'A copy of the config that names the organization’s site (`https://www.ecpat.se/`) but is served by another: a partner cannot vouch for itself, so the fallback shows.',
    ),
  },
  BrokenPartner: {
    name: 'Broken partner entry',
    ...withConfig('fixture:broken-entries', 'partner-invalid', 'The partner’s entry is invalid (here `verifyUrl` is not https); other partners would still show.'),
  },
} satisfies Record<string, Story>;
