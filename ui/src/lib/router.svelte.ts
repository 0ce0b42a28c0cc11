// A small hash router for the unlocked shell. The first segment is the section shown in the
// sidebar (#/today, #/tandems, #/topics, …); the rest addresses a page inside it
// (#/tandems/new, #/tandems/7, #/tandems/7/edit, #/tandems/7/agreement, #/meetings/12, #/inbox,
// #/settings/reminders).
export const ROUTES = ['today', 'tandems', 'meetings', 'topics', 'journal', 'inbox', 'search', 'settings'] as const;
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

/**
 * A page with unsaved work can hold navigation up: the guard gets the target address and a
 * `proceed` function, and returns true when it blocks (it then calls `proceed` once the person
 * agrees to leave). One guard at a time; the returned function removes it.
 */
export type NavigationGuard = (target: string, proceed: () => void) => boolean;
let guard: NavigationGuard | null = null;
let bypass = false;
/** The address the shell shows; a held-up hash change goes back to it. */
let current = '';

/** Goes to an address by its hash, past the guard (it was asked already). */
function goTo(target: string): void {
  current = target;
  location.hash = target.slice(1);
}

export function beforeNavigate(fn: NavigationGuard): () => void {
  guard = fn;
  return () => {
    if (guard === fn) guard = null;
  };
}

/** True when the guard holds up going to `target`; `proceed` then goes there unguarded. */
function held(target: string, proceed: () => void): boolean {
  if (!guard || bypass) return false;
  return guard(target, () => {
    bypass = true;
    try {
      proceed();
    } finally {
      bypass = false;
    }
  });
}

/**
 * Reads a flag from the address's query (#/tandems/5?plan=series) once and removes it from the
 * address without a new history entry, so going back or reloading does not repeat it.
 */
export function takeQuery(name: string): string | null {
  const [base = '', query] = location.hash.split('?');
  if (query === undefined) return null;
  const params = new URLSearchParams(query);
  const value = params.get(name);
  if (value === null) return null;
  params.delete(name);
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${base}${rest ? `?${rest}` : ''}`);
  current = location.hash;
  return value;
}

/** Goes to a page; `replace` swaps the current history entry (e.g. a finished form). */
export function navigate(route: Route, path: (string | number)[] = [], options: { replace?: boolean } = {}): void {
  const target = href(route, ...path);
  if (location.hash === target) return;
  if (held(target, () => navigate(route, path, options))) return;
  if (options.replace) location.replace(target);
  else location.hash = target.slice(1);
  current = location.hash;
  Object.assign(state, parseLocation(target));
}

/**
 * Goes to an address given as a whole hash ("#/meetings/12"), e.g. from a clicked notification,
 * through the same guard as `navigate`. Returns false (and stays) when it is no known page.
 */
export function openHash(hash: string): boolean {
  const match = /^#\/([^?]*)$/.exec(hash.trim());
  if (!match) return false;
  const name = match[1]!.split('/')[0] ?? '';
  if (!(ROUTES as readonly string[]).includes(name)) return false;
  const target = parseLocation(hash.trim());
  navigate(target.route, target.path);
  return true;
}

/** Starts following location.hash; returns the function that stops it. */
export function startRouter(): () => void {
  const sync = () => {
    const target = location.hash;
    if (target !== current && current && held(target, () => goTo(target))) {
      // Back/forward or a typed address: stay on the page with the unsaved work.
      history.pushState(history.state, '', `${location.pathname}${location.search}${current}`);
      return;
    }
    current = target;
    const next = parseLocation(location.hash);
    if (next.route !== state.route) state.route = next.route;
    if (next.path.join('/') !== state.path.join('/')) state.path = next.path;
  };
  /** In-app links: held up before the address changes, so history stays as it was. */
  const click = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
    const target = link?.getAttribute('href');
    if (!target || target === location.hash) return;
    if (held(target, () => goTo(target))) event.preventDefault();
  };
  current = '';
  sync();
  window.addEventListener('hashchange', sync);
  document.addEventListener('click', click);
  return () => {
    window.removeEventListener('hashchange', sync);
    document.removeEventListener('click', click);
  };
}
