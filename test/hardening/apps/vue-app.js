// A Vue 3 single-page app for the host-page tests: renders every widget the page names, sets
// their properties, listens to their events (onCsrReady → csr-ready), and mounts, unmounts and
// remounts them as it "navigates" (window.__app.setRoute(route)).
import { createApp, h, ref, onMounted } from 'vue';
import 'csr-widgets/define.js';
import { ROUTES, events, mount, tags, src } from './routes.js';

const Widgets = {
  props: ['settings'],
  setup(props) {
    onMounted(() => {
      events.mounts++;
    });
    return () =>
      h(
        'main',
        tags.map((tag) =>
          h(
            tag,
            {
              key: tag,
              // Vue sets these as properties: the element has them (`key in el`).
              src,
              partner: props.settings.partner,
              theme: props.settings.theme,
              lang: props.settings.lang,
              onCsrReady: () => {
                events.ready++;
              },
              onCsrError: (e) => {
                events.error.push(`${tag}: ${e.detail.code}`);
              },
            },
            [h('a', { href: '/fallback.html', class: 'fallback' }, `fallback of ${tag}`)],
          ),
        ),
      );
  },
};

const route = ref('home');
window.__app = {
  events,
  framework: 'vue',
  setRoute: (r) => {
    route.value = r;
  },
};
const app = createApp({
  setup: () => () => {
    const settings = ROUTES[route.value];
    return h('div', [h('nav', `route: ${route.value}`), settings ? h(Widgets, { key: route.value, settings }) : h('p', 'no widgets here')]);
  },
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('csr-');
app.mount(mount);
