export type IconName = 'same' | 'related' | 'warning' | 'pause' | 'page' | 'blocked' | 'empty' | 'error' | 'panel';

export type IconProps = {
  name: IconName;
  size?: number;
};

// Drawn on a 16-unit grid with the current text color, so icons follow the theme and never need a font.
const PATHS: Record<IconName, string> = {
  same: 'M5 1.5h8A1.5 1.5 0 0 1 14.5 3v8A1.5 1.5 0 0 1 13 12.5H5A1.5 1.5 0 0 1 3.5 11V3A1.5 1.5 0 0 1 5 1.5Zm0 1.5v8h8V3H5ZM1.5 5H3v8.5A.5.5 0 0 0 3.5 14H11v1.5H3A1.5 1.5 0 0 1 1.5 14V5Z',
  related: 'M1 8l3.5-3.5v2.5h7V4.5L15 8l-3.5 3.5V9h-7v2.5L1 8Z',
  warning: 'M8 1.2 15.3 14H.7L8 1.2Zm0 3.3L3.3 12.5h9.4L8 4.5ZM7.25 7h1.5v3h-1.5V7Zm0 3.8h1.5v1.4h-1.5v-1.4Z',
  pause: 'M4 2.5h3v11H4v-11Zm5 0h3v11H9v-11Z',
  page: 'M3 1.5h6.5L13 5v9.5H3v-13Zm1.5 1.5v10h7V6H8.5V3h-4Zm1 5h5v1.3h-5V8Zm0 2.5h5v1.3h-5v-1.3Z',
  blocked:
    'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.6a5.4 5.4 0 0 0-4.3 8.7l7.6-7.6A5.4 5.4 0 0 0 8 2.6Zm4.3 2.1-7.6 7.6a5.4 5.4 0 0 0 7.6-7.6Z',
  empty: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 1.6a5.4 5.4 0 1 0 0 10.8A5.4 5.4 0 0 0 8 2.6ZM5 7.2h6v1.6H5V7.2Z',
  error: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.8 3.5v5h1.6v-5H7.2Zm0 6v1.6h1.6v-1.6H7.2Z',
  panel: 'M1.5 2.5h13v11h-13v-11ZM3 4v8h6V4H3Zm7.5 0v8H13V4h-2.5Z',
};

/** A small decorative glyph; what it means is always said in text beside it. */
export function Icon({ name, size = 14 }: IconProps) {
  return (
    <svg
      class={`icon icon-${name}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
