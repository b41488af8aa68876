export type BrandMarkProps = {
  size?: number;
};

/** The extension's mark (as in public/icon/*.png): lines of text beside a dot of context. Decorative. */
export function BrandMark({ size = 20 }: BrandMarkProps) {
  return (
    <svg class="brand-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f6f78" />
      <rect x="6" y="8" width="14" height="3" rx="1.5" fill="#fff" />
      <rect x="6" y="14.5" width="11" height="3" rx="1.5" fill="#fff" />
      <rect x="6" y="21" width="14" height="3" rx="1.5" fill="#fff" />
      <circle cx="24.5" cy="16" r="3.5" fill="#f2b33d" />
    </svg>
  );
}
