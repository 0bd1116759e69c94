// The routes both test apps navigate between: each mounts every widget with other properties.
export const ROUTES = {
  home: { partner: 'telenor', theme: 'light', lang: 'sv' },
  about: { partner: 'bredbandsbolaget', theme: 'dark', lang: 'en' },
  empty: null,
};

/** What the app saw: csr-ready events, csr-error codes, and how many times the widgets mounted. */
export const events = { ready: 0, error: [], mounts: 0 };

const mount = document.getElementById('app');
export { mount };
export const tags = mount.dataset.tags.split(',').filter(Boolean);
export const src = mount.dataset.src;
