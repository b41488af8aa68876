import type { ComponentChildren } from 'preact';
import { BrandMark } from './BrandMark';

export type AppHeaderProps = {
  /** Actions shown at the right. */
  children?: ComponentChildren;
  /** Whether the name is the page's level-one heading (not on the options page, which has its own). */
  heading?: boolean;
};

/** The bar at the top of each page: the name, and the page's actions. */
export function AppHeader({ children, heading = true }: AppHeaderProps) {
  const name = <span class="brand-name">Reading Context</span>;
  return (
    <header class="app-header">
      <span class="brand">
        <BrandMark />
        {heading ? <h1 class="brand-heading">{name}</h1> : name}
      </span>
      {children && <span class="app-actions">{children}</span>}
    </header>
  );
}
