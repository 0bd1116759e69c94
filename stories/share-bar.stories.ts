import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CsrShareBar } from '../src/components/share-bar/share-bar.js';
import * as states from './support/states.js';
import { expectProblem, expectReady, controlsFor, renderWidget, settledWidget } from './support/widget.js';

const meta: Meta = {
  title: 'Elements/Share bar',
  component: 'csr-share-bar',
  render: renderWidget,
  argTypes: controlsFor('csr-share-bar', CsrShareBar),
  parameters: {
    csr: { fallback: { href: './demo/award.html', text: 'Sprid mer kunskap' } },
    docs: {
      description: {
        component:
          'The campaign’s heading, a line of text and share actions for the campaign page (`share` in the config). Nothing is fetched or stored before a person clicks.',
      },
    },
  },
  play: expectReady,
};
export default meta;
type Story = StoryObj;

export const Row: Story = {};
export const Column: Story = { args: { variant: 'column' } };
export const Icons: Story = { args: { variant: 'icons' } };

/** The `url` attribute shares another page than the config's `share.url`. */
export const OwnUrl: Story = { name: 'Own page (url attribute)', args: { url: 'https://example.org/campaign-example' } };

/** An unsafe `url` attribute is ignored (with a csr-error) and the config's page is shared. */
export const UnsafeUrl: Story = {
  name: 'Unsafe url attribute',
  args: { url: 'javascript:alert(1)' },
};

/** The Mastodon action asks for the person’s server first. */
export const MastodonPrompt: Story = {
  name: 'Mastodon: asks for the server',
  play: async ({ canvasElement }) => {
    const bar = await settledWidget(canvasElement);
    const button = [...bar.shadowRoot!.querySelectorAll<HTMLElement>('[part~="action"]')].find((b) =>
      /mastodon/i.test(b.textContent ?? '') || /mastodon/i.test(b.getAttribute('aria-label') ?? ''),
    );
    await expect(button, 'a Mastodon action').toBeTruthy();
    await userEvent.click(button!);
    await waitFor(() => expect(bar.shadowRoot!.querySelector('[part~="prompt"]')).toBeTruthy());
  },
};

/** The count from the organization's own counter, beside the heading (here a fixed answer). */
export const ShareCount: Story = {
  name: 'Share count',
  play: async ({ canvasElement }) => {
    const bar = await settledWidget(canvasElement);
    await waitFor(() => expect(bar.shadowRoot!.querySelector('[part~="count"]')?.textContent).toMatch(/1.234/));
  },
};

/** Only the follow row: links to the organization's own pages, nothing loaded before a click. */
export const FollowOnly: Story = {
  name: 'Follow only (show="follow")',
  args: { show: 'follow' },
  play: async ({ canvasElement }) => {
    const bar = await settledWidget(canvasElement);
    await expect(bar.shadowRoot!.querySelectorAll('[part~="follow-link"]').length).toBeGreaterThan(0);
    await expect(bar.shadowRoot!.querySelector('[part~="action"]')).toBeNull();
  },
};

/** Only the share actions. */
export const ShareOnly: Story = { name: 'Share only (show="share")', args: { show: 'share' } };

/** A heading of level 3, for a page whose section heading is an h2. */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const bar = await settledWidget(canvasElement);
    await expect(bar.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).toBe('3');
  },
};

/** A counter that fails and a profile that is not https: the bar shows neither, and works. */
export const CounterBroken: Story = {
  name: 'Counter fails, bad profile left out',
  parameters: { csr: { config: 'fixture:counter-broken' } },
  play: async ({ canvasElement }) => {
    const bar = await settledWidget(canvasElement);
    await expect(bar.ready).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    await expect(bar.shadowRoot!.querySelector('[part~="count"]')!.textContent).toBe('');
    await expect([...bar.shadowRoot!.querySelectorAll('[part~="follow-link"]')].map((a) => a.textContent)).toEqual(['Facebook']);
  },
};

export const SectionMissing: Story = {
  parameters: { csr: { config: 'fixture:minimal' } },
  play: expectProblem('section-missing'),
};
export const SectionInvalid: Story = {
  name: 'Section invalid (share.url)',
  parameters: { csr: { config: 'fixture:broken-entries' } },
  play: expectProblem('section-invalid'),
};

// The states every widget has (support/states.ts); Storybook needs each story defined here.
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
