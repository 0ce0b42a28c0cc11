// A small hash router for the unlocked shell. The first segment is the section shown in the
// sidebar (#/today, #/tandems, #/topics, …); the rest addresses a page inside it
// (#/tandems/new, #/tandems/7, #/tandems/7/edit, #/tandems/7/agreement, #/meetings/12).
export const ROUTES = ['today', 'tandems', 'meetings', 'topics', 'journal', 'search', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

const DEFAULT_ROUTE: Route = 'today';

export interface RouteLocation {
  route: Route;
  /** Path segments after the section, e.g. ["7", "agreement"]. */
  path: string[];
}

export function parseLocation(hash: string): RouteLocation {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (!(ROUTES as readonly string[]).includes(name)) return { route: DEFAULT_ROUTE, path: [] };
  return { route: name as Route, path: rest.filter(Boolean).map((part) => decodeURIComponent(part)) };
}

export function parseHash(hash: string): Route {
  return parseLocation(hash).route;
}

const state = $state<RouteLocation>({ route: DEFAULT_ROUTE, path: [] });

export const router = {
  get route(): Route {
    return state.route;
  },
  get path(): string[] {
    return state.path;
  },
  /** The whole address, for effects that run on every page change. */
  get key(): string {
    return [state.route, ...state.path].join('/');
  },
};

export function href(route: Route, ...path: (string | number)[]): string {
  return `#/${[route, ...path.map((part) => encodeURIComponent(String(part)))].join('/')}`;
}

/** Goes to a page; `replace` swaps the current history entry (e.g. a finished form). */
export function navigate(route: Route, path: (string | number)[] = [], options: { replace?: boolean } = {}): void {
  const target = href(route, ...path);
  if (location.hash === target) return;
  if (options.replace) location.replace(target);
  else location.hash = target.slice(1);
  Object.assign(state, parseLocation(target));
}

/** Starts following location.hash; returns the function that stops it. */
export function startRouter(): () => void {
  const sync = () => {
    const next = parseLocation(location.hash);
    if (next.route !== state.route) state.route = next.route;
    if (next.path.join('/') !== state.path.join('/')) state.path = next.path;
  };
  sync();
  window.addEventListener('hashchange', sync);
  return () => window.removeEventListener('hashchange', sync);
}
