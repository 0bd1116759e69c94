import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { CsrReportButton } from '../src/components/report-button/report-button.js';
import { failReportDialogLoads } from '../src/testing.js';
import * as states from './support/states.js';
import type { CsrElement } from '../src/base/csr-element.js';
import { expectProblem, expectReady, controlsFor, renderWidget, settledWidget } from './support/widget.js';

const meta: Meta = {
  title: 'Elements/Report button',
  component: 'csr-report-button',
  render: renderWidget,
  argTypes: controlsFor('csr-report-button', CsrReportButton),
  parameters: {
    csr: { fallback: { href: './demo/hotline.html', text: 'Rapportera till ECPAT Hotline' } },
    docs: {
      description: {
        component:
          'A button that opens an accessible dialog to report suspected child sexual exploitation material to the NGO’s hotline: online, by phone, by SMS, or through the form. The example config’s intake is not served here, so a report sent from Storybook shows the failure state, with the hotline’s other ways.',
      },
    },
  },
  play: expectReady,
};
export default meta;
type Story = StoryObj;

const opened = async (canvasElement: HTMLElement): Promise<CsrElement> => {
  const button = await settledWidget(canvasElement);
  await userEvent.click(button.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!);
  await waitFor(() => expect(button.shadowRoot!.querySelector('dialog')?.open).toBe(true));
  return button;
};

export const Solid: Story = {};
export const Outline: Story = { args: { variant: 'outline' } };

/** The dialog: guidance first, then the hotline's site, phone and SMS, then the form. */
export const DialogOpen: Story = { name: 'Dialog open', play: async ({ canvasElement }) => void (await opened(canvasElement)) };

/** The dialog at a phone's width: calling and texting come first on touch screens. */
export const DialogOnPhone: Story = {
  name: 'Dialog open, phone (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => void (await opened(canvasElement)),
};

/**
 * "Not in Sweden? Choose your country": choosing the example hotline in Norway changes the hotline
 * named, its ways and its intake, and keeps what was typed.
 */
export const AnotherCountry: Story = {
  name: 'Dialog: another country’s hotline',
  play: async ({ canvasElement }) => {
    const button = await opened(canvasElement);
    const root = button.shadowRoot!;
    await userEvent.type(root.querySelector<HTMLInputElement>('#url')!, 'chat.example/room');
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('select#country')!, 'NO');
    await waitFor(() => expect(root.querySelector('[part~="hotline"]')?.textContent).not.toContain('ECPAT'));
    await expect(root.querySelector<HTMLInputElement>('#url')!.value).toBe('chat.example/room');
  },
};

/** The country attribute picks the hotline offered first (here the example hotline in Denmark). */
export const CountryAttribute: Story = {
  name: 'Dialog: country attribute (DK)',
  args: { country: 'DK' },
  play: async ({ canvasElement }) => {
    const button = await opened(canvasElement);
    await expect(button.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!.value).toBe('DK');
  },
};

/** Sending without saying where: the field says what is missing and takes the focus. */
export const FormNeedsWhere: Story = {
  name: 'Form: a required field missing',
  play: async ({ canvasElement }) => {
    const button = await opened(canvasElement);
    const root = button.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('[part~="send"]')!);
    await waitFor(() => expect(root.querySelector('#url')?.getAttribute('aria-invalid')).toBe('true'));
    await expect(root.activeElement?.id).toBe('url');
  },
};

/** The intake cannot be reached: the person is told, keeps what they typed, and gets the hotline's other ways. */
export const SendFailed: Story = {
  name: 'Form: report not sent',
  play: async ({ canvasElement }) => {
    const button = await opened(canvasElement);
    const root = button.shadowRoot!;
    await userEvent.type(root.querySelector<HTMLInputElement>('#url')!, 'https://example.org/some-page');
    await userEvent.click(root.querySelector<HTMLElement>('[part~="send"]')!);
    await waitFor(() => expect(root.querySelector('.outcome.alert.filled')).toBeTruthy(), { timeout: 10000 });
    await expect(root.querySelector<HTMLInputElement>('#url')!.value).toBe('https://example.org/some-page');
  },
};

/**
 * The dialog's file could not be loaded (offline, a blocked or missing file): the element's own
 * fallback link to the hotline shows beside the button, as an alert; the next click tries again.
 */
export const DialogUnavailable: Story = {
  name: 'Dialog could not be loaded',
  play: async ({ canvasElement }) => {
    const button = await settledWidget(canvasElement);
    const root = button.shadowRoot!;
    // Three: the pointer reaching the button and the focus it gives ask for the file before the click does.
    failReportDialogLoads(3);
    try {
      await userEvent.click(root.querySelector<HTMLElement>('[part~="button"]')!);
      await waitFor(() => expect(root.querySelector('.unavailable[role="alert"]')).toBeTruthy());
      await expect(root.querySelector('dialog')).toBeNull();
    } finally {
      failReportDialogLoads(0);
    }
  },
};

export const SectionMissing: Story = { parameters: { csr: { config: 'fixture:minimal' } }, play: expectProblem('section-missing') };
export const SectionInvalid: Story = {
  name: 'Section invalid (report.phone, report.hotlineUrl)',
  parameters: { csr: { config: 'fixture:broken-entries' } },
  play: expectProblem('section-invalid'),
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
