// Tag rules of the core: trimmed, 1..=40 characters, no comma, at most 20,
// deduplicated case-insensitively keeping the first spelling.
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 40;

/** The tag as the core would store it, or null when it is not a valid tag. */
export function cleanTag(raw: string): string | null {
  const tag = raw.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  if (!tag || [...tag].length > MAX_TAG_CHARS) return null;
  return tag;
}

/** The list with the tag added (unchanged when invalid, a duplicate or the list is full). */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = cleanTag(raw);
  if (tag === null || tags.length >= MAX_TAGS) return [...tags];
  if (tags.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) return [...tags];
  return [...tags, tag];
}

/** Known tags that start with (or contain) what was typed, not yet chosen, best first. */
export function suggestTags(known: readonly string[], chosen: readonly string[], typed: string, max = 8): string[] {
  const text = typed.trim().toLocaleLowerCase();
  if (!text) return [];
  const taken = new Set(chosen.map((t) => t.toLocaleLowerCase()));
  const open = known.filter((t) => !taken.has(t.toLocaleLowerCase()));
  const starts = open.filter((t) => t.toLocaleLowerCase().startsWith(text));
  const contains = open.filter((t) => !t.toLocaleLowerCase().startsWith(text) && t.toLocaleLowerCase().includes(text));
  return [...starts, ...contains].slice(0, max);
}
