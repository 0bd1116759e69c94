/** The studio's sections of the config: organization, partners, awards, share campaign and report button. */
import { html, nothing } from 'lit';
import { brandProblem, contrastRatio, AA_CONTRAST } from '../config/colour.js';
import { partnerStanding } from '../config/partner.js';
import { pickText } from '../config/l10n.js';
import { CountrySchema, PARTNER_STATUSES, PROFILE_NAMES, SHARE_NETWORKS, type Text } from '../config/schema.js';
import { is } from '../config/kit.js';
import { PROFILE_BRANDS } from '../components/share-bar/follow-links.js';
import type { ValidatedConfig } from '../config/validate.js';
import { choiceList, idFor, listField, localizedField, selectField, textField, yearField, type Form } from './fields.js';
import { actionsFor, idProblem, isoDay, type JsonObject, type PartnerAction } from './model.js';

/** A new partner or award being named. */
export interface Draft {
  name: string;
  id: string;
  /** The id was typed, so it no longer follows the name. */
  idTyped: boolean;
}

/** What the sections need from the editor besides the fields. */
export interface Sections extends Form {
  data: JsonObject;
  config?: ValidatedConfig;
  /** The partner whose editor is open. */
  editing?: string;
  drafts: Record<'partners' | 'awards', Draft>;
  draft(section: 'partners' | 'awards', name: string, id?: string): void;
  add(section: 'partners' | 'awards'): void;
  /** The country code being typed for a new hotline. */
  hotlineDraft: string;
  draftHotline(code: string): void;
  addHotline(): void;
  /** Removes the entry at `path` (`partners.telenor`, `report.hotlines.NO`) after asking. */
  removeEntry(path: string, name: string): void;
  toggleEdit(id: string): void;
  act(id: string, action: PartnerAction, name: string): void;
}

const entries = (s: Sections, path: 'partners' | 'awards' | 'report.hotlines'): [string, JsonObject][] => {
  const map = s.value(path);
  return map && typeof map === 'object' && !Array.isArray(map)
    ? Object.entries(map).filter((e): e is [string, JsonObject] => !!e[1] && typeof e[1] === 'object' && !Array.isArray(e[1]))
    : [];
};

/** A name for an entry in the editor's language: its text, else its id. */
export const nameOf = (s: Form, entry: JsonObject | undefined, key: string, id: string): string =>
  pickText(entry?.[key] as Text | undefined, s.lang) ?? id;

export function organizationSection(s: Sections) {
  const primary = s.value('organization.brand.primary');
  const onPrimary = s.value('organization.brand.onPrimary');
  let contrast: ReturnType<typeof html> | typeof nothing = nothing;
  if (typeof primary === 'string' && typeof onPrimary === 'string' && !s.problemsAt('organization.brand').length) {
    const ratio = contrastRatio(primary, onPrimary).toFixed(2);
    const ok = !brandProblem(primary, onPrimary) && Number(ratio) >= AA_CONTRAST;
    contrast = html`<p class="contrast ${ok ? 'ok' : 'low'}" role="status">
      <span class="swatch" style="background:${primary};color:${onPrimary}" aria-hidden="true">Aa</span>
      ${s.t(ok ? 'contrast.ok' : 'contrast.low', { ratio })}
    </p>`;
  }
  return html`<section aria-labelledby="h-organization">
    <h2 id="h-organization">${s.t('organization')}</h2>
    ${localizedField(s, 'organization.name', s.t('organization.name'))}
    ${textField(s, 'organization.url', s.t('organization.url'), { type: 'url', required: true })}
    ${textField(s, 'organization.logo', s.t('organization.logo'), { type: 'url' })}
    ${textField(s, 'organization.partnersUrl', s.t('organization.partnersUrl'), { type: 'url' })}
    <div class="row">
      ${textField(s, 'organization.brand.primary', s.t('brand.primary'))} ${textField(s, 'organization.brand.onPrimary', s.t('brand.onPrimary'))}
    </div>
    ${contrast}
    <fieldset class="entry">
      <legend>${s.t('profiles')}</legend>
      ${PROFILE_NAMES.map((name) => {
        const label = name === 'mastodon' || name === 'newsletter' || name === 'rss' ? s.t(`profile.${name}`) : PROFILE_BRANDS[name]!;
        return textField(s, `organization.profiles.${name}`, label, { type: name === 'mastodon' ? 'text' : 'url' });
      })}
    </fieldset>
  </section>`;
}

/** The standing of a partner at a glance, as the widgets judge it (without a page, so without domains). */
function standing(s: Sections, id: string, raw: JsonObject): { key: string; text: string } {
  const partner = s.config?.partners.get(id);
  if (!partner) return { key: 'invalid', text: s.t('standing.invalid') };
  const problem = partnerStanding(id, partner);
  if (problem?.code === 'partner-suspended') return { key: 'suspended', text: s.t('standing.suspended') };
  if (problem?.code === 'partner-ended') return { key: 'ended', text: s.t('standing.ended') };
  if (problem?.code === 'partner-expired') return { key: 'expired', text: s.t('standing.expired', { date: String(raw.validUntil) }) };
  return { key: 'active', text: partner.validUntil ? s.t('standing.active-until', { date: partner.validUntil }) : s.t('standing.active') };
}

function draftForm(s: Sections, section: 'partners' | 'awards') {
  const draft = s.drafts[section];
  const problem = draft.name || draft.idTyped ? idProblem(s.data, section, draft.id) : undefined;
  const base = `new-${section}`;
  return html`<form
    class="add"
    aria-labelledby=${`${base}-heading`}
    @submit=${(e: Event) => {
      e.preventDefault();
      s.add(section);
    }}
  >
    <h3 id=${`${base}-heading`}>${s.t(section === 'partners' ? 'partner.add' : 'award.add')}</h3>
    <div class="row">
      <div class="field">
        <label for=${`${base}-name`}>${s.t(section === 'partners' ? 'partner.add.name' : 'award.add.title')}</label>
        <input id=${`${base}-name`} .value=${draft.name} @input=${(e: Event) => s.draft(section, (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for=${`${base}-id`}>${s.t('partner.add.id')}</label>
        <input
          id=${`${base}-id`}
          .value=${draft.id}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `${base}-id-problem` : nothing}
          @input=${(e: Event) => s.draft(section, draft.name, (e.target as HTMLInputElement).value)}
        />
        ${problem ? html`<p class="problem" id=${`${base}-id-problem`}>${s.t(`id.${problem}`)}</p>` : nothing}
      </div>
    </div>
    <button type="submit" ?disabled=${!draft.name || !!idProblem(s.data, section, draft.id)}>${s.t('partner.add.submit')}</button>
  </form>`;
}

function partnerEditor(s: Sections, id: string) {
  const p = `partners.${id}`;
  const awardIds = entries(s, 'awards').map(([awardId]) => awardId);
  return html`<div class="editor" id=${idFor(`${p}-editor`)}>
    ${localizedField(s, `${p}.name`, s.t('partner.name'))}
    ${selectField(s, `${p}.status`, s.t('partner.status'), PARTNER_STATUSES, (x) => s.t(`status.${x as 'active'}`))}
    <div class="row">${yearField(s, `${p}.since`, s.t('partner.since'))} ${textField(s, `${p}.validUntil`, s.t('partner.validUntil'))}</div>
    ${textField(s, `${p}.url`, s.t('partner.url'), { type: 'url' })} ${listField(s, `${p}.domains`, s.t('partner.domains'))}
    ${textField(s, `${p}.verifyUrl`, s.t('partner.verifyUrl'), { type: 'url' })}
    ${awardIds.length || s.value(`${p}.awards`) !== undefined ? choiceList(s, `${p}.awards`, s.t('partner.awards'), awardIds) : nothing}
    ${localizedField(s, `${p}.badgeText`, s.t('partner.badgeText'))}
    ${textField(s, `report.partnerCountry.${id}`, s.t('partner.country'))}
  </div>`;
}

export function partnersSection(s: Sections) {
  const list = entries(s, 'partners');
  return html`<section aria-labelledby="h-partners">
    <h2 id="h-partners">${s.t('partners')}</h2>
    ${list.length ? nothing : html`<p>${s.t('partners.none')}</p>`}
    <ul class="entries">
      ${list.map(([id, raw]) => {
        const name = nameOf(s, raw, 'name', id);
        const { key, text } = standing(s, id, raw);
        const open = s.editing === id;
        return html`<li class="entry" data-partner=${id}>
          <div class="entry-head">
            <span class="entry-name">${name}</span> <code>${id}</code>
            <span class="standing standing-${key}">${text}</span>
          </div>
          <div class="actions">
            <button
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${idFor(`partners.${id}-editor`)}
              @click=${() => s.toggleEdit(id)}
            >
              ${open ? s.t('partner.close') : s.t('partner.edit', { name })}
            </button>
            ${actionsFor(raw.status as string).map(
              (action) => html`<button type="button" class="action-${action}" @click=${() => s.act(id, action, name)}>${s.t(`action.${action}`)}</button>`,
            )}
            <button type="button" class="danger" @click=${() => s.removeEntry(`partners.${id}`, name)}>${s.t('remove', { name })}</button>
          </div>
          ${open ? partnerEditor(s, id) : nothing}
        </li>`;
      })}
    </ul>
    ${draftForm(s, 'partners')}
  </section>`;
}

export function awardsSection(s: Sections) {
  return html`<section aria-labelledby="h-awards">
    <h2 id="h-awards">${s.t('awards')}</h2>
    ${entries(s, 'awards').map(([id, raw]) => {
      const a = `awards.${id}`;
      const name = nameOf(s, raw, 'title', id);
      return html`<fieldset class="entry">
        <legend>${name} <code>${id}</code></legend>
        ${localizedField(s, `${a}.title`, s.t('award.title'))}
        <div class="row">${localizedField(s, `${a}.issuer.name`, s.t('award.issuer.name'))} ${yearField(s, `${a}.year`, s.t('award.year'))}</div>
        ${textField(s, `${a}.issuer.url`, s.t('award.issuer.url'), { type: 'url' })} ${textField(s, `${a}.url`, s.t('award.url'), { type: 'url' })}
        ${localizedField(s, `${a}.citation`, s.t('award.citation'), { multiline: true })}
        <button type="button" class="danger" @click=${() => s.removeEntry(`awards.${id}`, name)}>${s.t('remove', { name })}</button>
      </fieldset>`;
    })}
    ${draftForm(s, 'awards')}
  </section>`;
}

export function shareSection(s: Sections) {
  return html`<section aria-labelledby="h-share">
    <h2 id="h-share">${s.t('share')}</h2>
    ${textField(s, 'share.url', s.t('share.url'), { type: 'url' })} ${localizedField(s, 'share.title', s.t('share.title'))}
    ${localizedField(s, 'share.text', s.t('share.text'), { multiline: true })} ${listField(s, 'share.hashtags', s.t('share.hashtags'))}
    ${choiceList(s, 'share.networks', s.t('share.networks'), SHARE_NETWORKS)}
    ${textField(s, 'share.counter', s.t('share.counter'), { type: 'url' })}
  </section>`;
}

/** A country's name in the editor's language ("Norge", "Norway"), else its code. */
function countryName(s: Sections, code: string): string {
  try {
    return new Intl.DisplayNames([s.lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Why a typed country code cannot be added, if it cannot. */
export function hotlineCodeProblem(s: Sections, code: string): 'invalid' | 'taken' | undefined {
  if (!is(CountrySchema, code)) return 'invalid';
  return entries(s, 'report.hotlines').some(([taken]) => taken === code) ? 'taken' : undefined;
}

/** The fields a hotline has, for the section's own (the default) and for each country's. */
function hotlineFields(s: Sections, at: string) {
  return html`${localizedField(s, `${at}.name`, s.t('report.name'))}
    ${textField(s, `${at}.hotlineUrl`, s.t('report.hotlineUrl'), { type: 'url', required: at !== 'report' })}
    <div class="row">
      ${textField(s, `${at}.phone`, s.t('report.phone'), { type: 'tel' })} ${textField(s, `${at}.sms`, s.t('report.sms'), { type: 'tel' })}
    </div>
    ${textField(s, `${at}.endpoint`, s.t('report.endpoint'), { type: 'url' })}
    ${localizedField(s, `${at}.guidance`, s.t('report.guidance'), { multiline: true })}`;
}

function hotlineDraftForm(s: Sections) {
  const code = s.hotlineDraft;
  const problem = code ? hotlineCodeProblem(s, code) : undefined;
  return html`<form
    class="add"
    aria-labelledby="new-hotline-heading"
    @submit=${(e: Event) => {
      e.preventDefault();
      s.addHotline();
    }}
  >
    <h3 id="new-hotline-heading">${s.t('hotline.add')}</h3>
    <div class="field">
      <label for="new-hotline-code">${s.t('hotline.add.code')}</label>
      <input
        id="new-hotline-code"
        .value=${code}
        maxlength="2"
        autocomplete="off"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'new-hotline-code-problem' : nothing}
        @input=${(e: Event) => s.draftHotline((e.target as HTMLInputElement).value)}
      />
      ${problem ? html`<p class="problem" id="new-hotline-code-problem">${s.t(`hotline.code.${problem}`)}</p>` : nothing}
    </div>
    <button type="submit" ?disabled=${!code || !!problem}>${s.t('partner.add.submit')}</button>
  </form>`;
}

export function reportSection(s: Sections) {
  const hotlines = entries(s, 'report.hotlines');
  return html`<section aria-labelledby="h-report">
    <h2 id="h-report">${s.t('report')}</h2>
    ${hotlineFields(s, 'report')} ${textField(s, 'report.country', s.t('report.country'))}
    ${textField(s, 'report.exitUrl', s.t('report.exitUrl'), { type: 'url' })}
    <h3 id="h-hotlines">${s.t('hotlines')}</h3>
    ${hotlines.length ? nothing : html`<p>${s.t('hotlines.none')}</p>`}
    ${hotlines.map(([code, raw]) => {
      const name = `${countryName(s, code)}: ${nameOf(s, raw, 'name', code)}`;
      return html`<fieldset class="entry" data-country=${code}>
        <legend>${countryName(s, code)} <code>${code}</code></legend>
        ${hotlineFields(s, `report.hotlines.${code}`)}
        <button type="button" class="danger" @click=${() => s.removeEntry(`report.hotlines.${code}`, name)}>${s.t('remove', { name })}</button>
      </fieldset>`;
    })}
    ${hotlineDraftForm(s)}
  </section>`;
}

/** Today in UTC, as the widgets judge `validUntil`. */
export const today = (): string => isoDay(new Date());
