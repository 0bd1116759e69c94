// A React 19 single-page app for the host-page tests: renders every widget the page names,
// sets their properties, listens to their events through React 19's custom-element event props,
// and mounts, unmounts and remounts them as it "navigates" (window.__app.setRoute(route)).
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'csr-widgets/define.js';
import { ROUTES, events, mount, tags, src } from './routes.js';

function Widgets({ settings }) {
  useEffect(() => {
    events.mounts++;
  }, []);
  return h(
    'main',
    null,
    tags.map((tag) =>
      h(
        tag,
        {
          key: tag,
          // Properties (React 19 sets them as properties because the element has them).
          src,
          partner: settings.partner,
          theme: settings.theme,
          lang: settings.lang,
          'oncsr-ready': () => {
            events.ready++;
          },
          'oncsr-error': (e) => {
            events.error.push(`${tag}: ${e.detail.code}`);
          },
        },
        h('a', { href: '/fallback.html', className: 'fallback' }, `fallback of ${tag}`),
      ),
    ),
  );
}

function App() {
  const [route, setRoute] = useState('home');
  useEffect(() => {
    window.__app.setRoute = setRoute;
  }, []);
  const settings = ROUTES[route];
  return h('div', null, h('nav', null, `route: ${route}`), settings ? h(Widgets, { key: route, settings }) : h('p', null, 'no widgets here'));
}

window.__app = { events, framework: 'react', setRoute: null };
createRoot(mount).render(h(App));
