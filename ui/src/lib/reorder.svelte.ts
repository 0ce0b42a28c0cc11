// Reordering a list by dragging an item's grip ([data-drag-handle]) or with Alt+ArrowUp/Down
// anywhere inside an item. Items carry their id in a `data-<attr>` attribute; the list element
// binds the handlers below. Shared by the agenda and the goals so both behave the same.

type Move = (id: number, to: number, focusTestid?: string) => void | Promise<void>;

export class ReorderableList {
  dragged = $state<number | null>(null);
  drop = $state<{ id: number; after: boolean } | null>(null);

  constructor(
    private readonly attr: string,
    private readonly ids: () => number[],
    private readonly move: Move,
  ) {}

  private itemOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>(`[data-${this.attr}]`) : null;
  }

  private idOf(target: EventTarget | null): number | null {
    const item = this.itemOf(target);
    return item ? Number(item.getAttribute(`data-${this.attr}`)) : null;
  }

  /** A drop marker shows before or after `id` while another item is dragged over it. */
  dropBefore(id: number): boolean {
    return this.drop?.id === id && !this.drop.after && this.dragged !== id;
  }

  dropAfter(id: number): boolean {
    return this.drop?.id === id && this.drop.after && this.dragged !== id;
  }

  dragstart = (event: DragEvent) => {
    const id = this.idOf(event.target);
    if (id === null || !(event.target as Element).closest('[data-drag-handle]')) return;
    this.dragged = id;
    event.dataTransfer?.setData('text/plain', String(id));
    if (!event.dataTransfer) return;
    event.dataTransfer.effectAllowed = 'move';
    const item = this.itemOf(event.target);
    if (item) event.dataTransfer.setDragImage(item, 24, 24);
  };

  dragover = (event: DragEvent) => {
    const item = this.itemOf(event.target);
    if (this.dragged === null || !item) return;
    event.preventDefault();
    const box = item.getBoundingClientRect();
    this.drop = { id: Number(item.getAttribute(`data-${this.attr}`)), after: event.clientY > box.top + box.height / 2 };
  };

  dropped = (event: DragEvent) => {
    event.preventDefault();
    const from = this.dragged;
    const target = this.drop;
    this.dragend();
    if (from === null || !target) return;
    const ids = this.ids().filter((id) => id !== from);
    void this.move(from, ids.indexOf(target.id) + (target.after ? 1 : 0));
  };

  dragend = () => {
    this.dragged = null;
    this.drop = null;
  };

  keydown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
    const id = this.idOf(event.target);
    const index = this.ids().findIndex((candidate) => candidate === id);
    if (id === null || index < 0) return;
    event.preventDefault();
    const testid = event.target instanceof HTMLElement ? event.target.dataset.testid : undefined;
    void this.move(id, index + (event.key === 'ArrowUp' ? -1 : 1), testid);
  };
}
