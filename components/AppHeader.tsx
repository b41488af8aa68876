import type { ComponentChildren } from 'preact';
import { BrandMark } from './BrandMark';

export type AppHeaderProps = {
  /** Actions shown at the right. */
  children?: ComponentChildren;
};

/** The bar at the top of each page: the name, and the page's actions. */
export function AppHeader({ children }: AppHeaderProps) {
  return (
    <header class="app-header">
      <span class="brand">
        <BrandMark />
        <span class="brand-name">Reading Context</span>
      </span>
      {children && <span class="app-actions">{children}</span>}
    </header>
  );
}
