// CodeMirror injects its base theme with style-mod. For a document (not a shadow root)
// style-mod writes a <style> element, which the app's CSP (style-src 'self', no
// 'unsafe-inline') blocks, leaving the editor unstyled. For shadow roots it uses a constructed
// stylesheet in `adoptedStyleSheets` instead, which the CSP allows. This hands the document
// that same constructed-sheet style set before the first editor mounts its styles, so every
// CodeMirror rule lands in document.adoptedStyleSheets. If style-mod ever changes shape, this
// does nothing and the browser test (which fails on any CSP violation) will say so.
import { StyleModule } from 'style-mod';

let installed = false;

export function adoptEditorStyles(doc: Document = document): void {
  if (installed) return;
  installed = true;
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc) || typeof win.CSSStyleSheet !== 'function') return;
  try {
    const probe = doc.createElement('div').attachShadow({ mode: 'open' });
    StyleModule.mount(probe, []);
    const keys = Object.getOwnPropertySymbols(probe);
    const key = keys[0];
    if (keys.length !== 1 || key === undefined) return;
    const set = (probe as unknown as Record<symbol, { sheet?: unknown } | undefined>)[key];
    const target = doc as unknown as Record<symbol, unknown>;
    if (!set?.sheet || target[key]) return;
    target[key] = set;
  } catch {
    // Leave style-mod to its default; the editor still works.
  }
}
