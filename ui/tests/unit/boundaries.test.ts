// Rules of the UI's source, read from the files themselves: HTML reaches the page only through
// MarkdownView (the core's sanitised Markdown), only the api modules talk to Tauri, and the page
// opens no file dialogs (the backend does, so the page never names a path).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// (jsdom gives import.meta.url an http: address; the file's own directory is still known.)
const UI = join(import.meta.dirname ?? dirname(new URL(import.meta.url).pathname), '../..');
const SRC = join(UI, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(svelte|ts|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The files under ui/src (as "components/…", "lib/…") whose text matches `pattern`. */
function filesMatching(pattern: RegExp): string[] {
  return sources(SRC)
    .filter((path) => pattern.test(readFileSync(path, 'utf8')))
    .map((path) => relative(SRC, path).split('\\').join('/'))
    .sort();
}

describe('the source', () => {
  it('puts HTML into the page only in MarkdownView', () => {
    expect(filesMatching(/\{@html\b/)).toEqual(['components/editor/MarkdownView.svelte']);
    expect(filesMatching(/\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)\b|DOMParser/)).toEqual([]);
  });

  it('talks to Tauri only in the api modules, and invokes commands only in call()', () => {
    expect(filesMatching(/from\s+['"]@tauri-apps\//)).toEqual(['lib/api-reminders.ts', 'lib/api.ts']);
    expect(filesMatching(/\binvoke\s*[<(]/)).toEqual(['lib/api.ts']);
    expect(filesMatching(/__TAURI/)).toEqual([]);
  });

  it('never uses the dialog plugin: the backend opens the file dialogs itself', () => {
    expect(filesMatching(/@tauri-apps\/plugin-dialog|plugin:dialog/)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(UI, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@tauri-apps/plugin-dialog');
  });
});
