import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { Icon } from './Icon';

export type SectionTab = {
  id: string;
  label: string;
  /** Shown beside the label; null hides it. */
  count: number | null;
  /** Shown beside the label as a warning glyph with text for screen readers. */
  warning?: string | null;
};

export type SectionTabsProps = {
  tabs: SectionTab[];
  selected: string;
  onSelect: (id: string) => void;
  children: ComponentChildren;
  label: string;
};

/** Tabs over the sections of a report, operated with the arrow keys as the ARIA tabs pattern says. */
export function SectionTabs({ tabs, selected, onSelect, children, label }: SectionTabsProps) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`[data-tab="${next.id}"]`)?.focus?.();
  };
  return (
    <div class="tabs">
      <div class="tab-list" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              data-tab={tab.id}
              aria-selected={active}
              aria-controls={`${base}-panel`}
              tabIndex={active ? 0 : -1}
              class="tab"
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
              {tab.count !== null && <span class="tab-count">{tab.count}</span>}
              {tab.warning && (
                <span class="tab-warning" title={tab.warning}>
                  <Icon name="warning" size={12} />
                  <span class="visually-hidden">, {tab.warning}</span>
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div
        class="tab-panel"
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${selected}`}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
