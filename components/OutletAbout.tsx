import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { OutletProfileView } from './OutletProfileView';

export type OutletAboutProps = {
  name: string | null;
  domain: string | null;
  /** Actions shown on the disclosure's row, at the right. */
  children?: ComponentChildren;
};

/** The "About this source" disclosure: the outlet's profile, each fact with its reference. */
export function OutletAbout({ name, domain, children }: OutletAboutProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="disclosure outlet-about">
      <div class="header-row">
        <button
          type="button"
          class="disclosure-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <span class="disclosure-icon" aria-hidden="true" />
          About this source
        </button>
        {children}
      </div>
      {open && (
        <div id={id} class="disclosure-body">
          <OutletProfileView name={name} domain={domain} />
        </div>
      )}
    </div>
  );
}
