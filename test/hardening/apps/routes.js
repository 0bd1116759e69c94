// The routes both test apps navigate between: each mounts every widget with other properties
// (both for Telenor Sverige, the partner that the example config lists with the award).
export const ROUTES = {
  home: { partner: 'telenor', theme: 'light', lang: 'sv' },
  about: { partner: 'telenor', theme: 'dark', lang: 'en' },
  empty: null,
};

/** What the app saw: csr-ready events, csr-error codes, and how many times the widgets mounted. */
export const events = { ready: 0, error: [], mounts: 0 };

const mount = document.getElementById('app');
export { mount };
export const tags = mount.dataset.tags.split(',').filter(Boolean);
export const src = mount.dataset.src;
