// A small hash router for the unlocked shell: #/today, #/tandems, #/journal, #/search, #/settings.
export const ROUTES = ['today', 'tandems', 'journal', 'search', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

const DEFAULT_ROUTE: Route = 'today';

export function parseHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : DEFAULT_ROUTE;
}

const state = $state<{ route: Route }>({ route: DEFAULT_ROUTE });

export const router = {
  get route(): Route {
    return state.route;
  },
};

export function href(route: Route): string {
  return `#/${route}`;
}

export function navigate(route: Route): void {
  if (state.route === route && location.hash === href(route)) return;
  location.hash = `/${route}`;
  state.route = route;
}

/** Starts following location.hash; returns the function that stops it. */
export function startRouter(): () => void {
  const sync = () => {
    state.route = parseHash(location.hash);
  };
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
