import { useId, useState } from 'preact/hooks';
import { OutletProfileView } from './OutletProfileView';

export type OutletAboutProps = {
  name: string | null;
  domain: string | null;
};

/** The "About this source" disclosure: the outlet's profile, each fact with its reference. */
export function OutletAbout({ name, domain }: OutletAboutProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="disclosure outlet-about">
      <button type="button" class="disclosure-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span class="disclosure-icon" aria-hidden="true" />
        About this source
      </button>
      {open && (
        <div id={id} class="disclosure-body">
          <OutletProfileView name={name} domain={domain} />
        </div>
      )}
    </div>
  );
}
