import { expect } from '@open-wc/testing';
import { partnerStanding, hostMatches } from './partner.js';
import type { Partner } from './schema.js';

const partner = (extra: Partial<Partner> = {}): Partner => ({ name: 'Telenor Sverige', status: 'active', ...extra });
const code = (p: Partner, now: string, host = 'telenor.se') => partnerStanding('telenor', p, { now: new Date(now), host })?.code;

describe('partner standing', () => {
  it('accepts an active partner and refuses a suspended or ended one', () => {
    expect(code(partner(), '2026-06-01T12:00:00Z')).to.equal(undefined);
    expect(code(partner({ status: 'suspended' }), '2026-06-01T12:00:00Z')).to.equal('partner-suspended');
    expect(code(partner({ status: 'ended' }), '2026-06-01T12:00:00Z')).to.equal('partner-ended');
    expect(partnerStanding('telenor', partner({ status: 'suspended' }), { host: 'telenor.se' })?.message).to.equal(
      'partners.telenor.status: the partnership is suspended',
    );
  });

  it('is valid through the whole validUntil day in UTC: yesterday expired, today and tomorrow valid', () => {
    const p = partner({ validUntil: '2026-03-10' });
    expect(code(p, '2026-03-09T00:00:00Z'), 'the day before').to.equal(undefined);
    expect(code(p, '2026-03-10T00:00:00Z'), 'start of the day').to.equal(undefined);
    expect(code(p, '2026-03-10T23:59:59.999Z'), 'end of the day').to.equal(undefined);
    expect(code(p, '2026-03-11T00:00:00Z'), 'the day after').to.equal('partner-expired');
    // The same instant seen from UTC+1: still UTC, so the local date does not matter.
    expect(code(p, '2026-03-11T00:30:00+01:00'), '23:30 UTC on the 10th').to.equal(undefined);
    expect(partnerStanding('telenor', p, { now: Date.UTC(2026, 2, 12), host: 'telenor.se' })?.message).to.equal(
      'partners.telenor.validUntil: the partnership expired after 2026-03-10',
    );
  });

  it('checks status before the date and the date before the domain', () => {
    const p = partner({ status: 'suspended', validUntil: '2020-01-01', domains: ['telenor.se'] });
    expect(code(p, '2026-01-01T00:00:00Z', 'evil.example')).to.equal('partner-suspended');
    expect(code({ ...p, status: 'active' }, '2026-01-01T00:00:00Z', 'evil.example')).to.equal('partner-expired');
  });

  it('matches the exact host and its subdomains, never a look-alike', () => {
    const p = partner({ domains: ['telenor.se', 'bredband.example'] });
    const at = (host: string) => code(p, '2026-01-01T00:00:00Z', host);
    expect(at('telenor.se')).to.equal(undefined);
    expect(at('www.telenor.se')).to.equal(undefined);
    expect(at('a.b.telenor.se')).to.equal(undefined);
    expect(at('TELENOR.SE.')).to.equal(undefined);
    expect(at('bredband.example')).to.equal(undefined);
    expect(at('telenor.se.evil.example')).to.equal('partner-domain');
    expect(at('eviltelenor.se')).to.equal('partner-domain');
    expect(at('telenor.see')).to.equal('partner-domain');
    expect(at('se')).to.equal('partner-domain');
    expect(at('')).to.equal('partner-domain');
    expect(hostMatches('xtelenor.se', 'telenor.se')).to.equal(false);
  });

  it('allows every host when the partner lists no domains, and checks domains only against a given host', () => {
    expect(code(partner(), '2026-01-01T00:00:00Z', 'anything.example')).to.equal(undefined);
    expect(partnerStanding('telenor', partner({ domains: [location.hostname] }), { host: location.hostname })).to.equal(undefined);
    expect(partnerStanding('telenor', partner({ domains: ['example.invalid'] }), { host: location.hostname })?.message).to.equal(
      `partners.telenor.domains: this page's host "${location.hostname}" is not one of example.invalid`,
    );
    expect(partnerStanding('telenor', partner({ domains: ['example.invalid'] }))).to.equal(undefined);
  });
});
