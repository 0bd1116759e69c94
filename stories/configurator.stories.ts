import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { configSrc } from './support/configs.js';
import { ConfigEditor } from './configurator/config-editor.js';

// Defined here, not on import: package.json's sideEffects would let a production build drop a bare import.
if (!customElements.get('config-editor')) customElements.define('config-editor', ConfigEditor);

const meta: Meta = {
  title: 'Tools/Configurator',
  // The example config's text, with its addresses pointing at the pages this Storybook serves.
  loaders: [async () => ({ text: await (await fetch((await configSrc('example'))!)).text() })],
  render: (_args, { loaded, globals }) => html`<config-editor .initial=${loaded.text as string} theme=${String(globals.theme)}></config-editor>`,
  parameters: {
    layout: 'fullscreen',
    controls: { disable: true },
    docs: {
      description: {
        component:
          'Edit the config on the left: the widgets on the right follow as you type, every problem is listed with its path, and the snippet below is what to send the partner you pick. Nothing leaves this page; copy the JSON into your csr.json when it is right, and check it with `npx csr-widgets validate csr.json`.',
      },
      source: { code: 'npx csr-widgets validate csr.json\nnpx csr-widgets snippet --src https://ngo.example/csr.json --partner telenor' },
    },
  },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const editorIn = (canvasElement: HTMLElement) => canvasElement.querySelector('config-editor') as ConfigEditor;
const shadow = (editor: ConfigEditor) => editor.shadowRoot!;

/** Replaces the config text the way a person does: the field's value, then an input event. */
async function edit(editor: ConfigEditor, change: (config: any) => void): Promise<void> {
  const field = shadow(editor).querySelector<HTMLTextAreaElement>('#config')!;
  const config = JSON.parse(field.value);
  change(config);
  field.value = JSON.stringify(config, null, 2);
  field.dispatchEvent(new Event('input'));
}

const messages = (editor: ConfigEditor) => shadow(editor).querySelector('.messages')?.textContent?.replace(/\s+/g, ' ') ?? '';
const snippetText = (editor: ConfigEditor) => shadow(editor).querySelector<HTMLTextAreaElement>('#snippet')!.value;
const widgetState = (editor: ConfigEditor, tag: string) =>
  (editor.shadowRoot!.querySelector(tag) as (Element & { problem?: { code: string } }) | null)?.problem?.code ?? 'ready';

async function loadedEditor(canvasElement: HTMLElement): Promise<ConfigEditor> {
  const editor = editorIn(canvasElement);
  await waitFor(() => expect(shadow(editor).querySelector<HTMLTextAreaElement>('#config')?.value).toContain('ECPAT Sverige'));
  await editor.settled();
  return editor;
}

/** The page an NGO uses: starts from the example config. */
export const Configurator: Story = {
  play: async ({ canvasElement }) => {
    const editor = await loadedEditor(canvasElement);
    await expect(shadow(editor).querySelector('[role="status"]')?.textContent).toContain('Valid');
    for (const tag of ['csr-partner-badge', 'csr-award-ribbon', 'csr-share-bar']) await expect(widgetState(editor, tag)).toBe('ready');
    await expect(snippetText(editor)).toContain('data-partner="telenor"');
  },
};

/** The configurator at work: a broken link, a revocation, another partner, then text that is not JSON. */
export const EditingWalkthrough: Story = {
  name: 'Editing, step by step',
  play: async ({ canvasElement, step }) => {
    const editor = await loadedEditor(canvasElement);

    await step('a broken link: the problem with its path, only the badge falls back', async () => {
      await edit(editor, (c) => (c.partners.telenor.verifyUrl = 'javascript:alert(1)'));
      await waitFor(() => expect(messages(editor)).toContain('partners.telenor.verifyUrl: must be an https URL'));
      await editor.settled();
      await waitFor(() => expect(widgetState(editor, 'csr-partner-badge')).toBe('partner-invalid'));
      await expect(widgetState(editor, 'csr-share-bar')).toBe('ready');
    });

    await step('revoking the partner hides its badge', async () => {
      await edit(editor, (c) => {
        // A confirmation page on the organization's own site (a page elsewhere is refused).
        c.partners.telenor.verifyUrl = new URL('/partners/telenor.html', c.organization.url).href;
        c.partners.telenor.status = 'suspended';
      });
      await waitFor(() => expect(messages(editor)).toContain('partners.telenor.status: "suspended"'));
      await editor.settled();
      await waitFor(() => expect(widgetState(editor, 'csr-partner-badge')).toBe('partner-suspended'));
    });

    await step('another partner: the widgets and the snippet follow', async () => {
      await userEvent.selectOptions(shadow(editor).querySelector('#partner')!, 'bredbandsbolaget');
      await waitFor(() => expect(snippetText(editor)).toContain('data-partner="bredbandsbolaget"'));
      await editor.settled();
      await waitFor(() => expect(widgetState(editor, 'csr-partner-badge')).toBe('ready'));
    });

    await step('text that is not JSON is refused with a message; the preview keeps the last good config', async () => {
      const field = shadow(editor).querySelector<HTMLTextAreaElement>('#config')!;
      field.value = field.value.slice(0, -5);
      field.dispatchEvent(new Event('input'));
      await waitFor(() => expect(messages(editor)).toContain('(root): is not valid JSON'));
      await expect(widgetState(editor, 'csr-share-bar')).toBe('ready');
      await expect(snippetText(editor)).toContain('data-partner="bredbandsbolaget"');
    });
  },
};
