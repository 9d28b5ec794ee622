import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement>;

/** The SPID "person in a circle" mark, as on the official spid-sp-access-button (decorative: the button has text). */
export function SpidIcon(props: IconProps) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" {...props}>
      <circle cx="12" cy="12" r="12" fill="#fff" />
      <circle cx="12" cy="8.6" r="3.4" fill="#06c" />
      <path fill="#06c" d="M12 13.4c-3.4 0-6.1 2.05-6.1 4.6v.5c1.55 1.5 3.7 2.4 6.1 2.4s4.55-.9 6.1-2.4V18c0-2.55-2.7-4.6-6.1-4.6z" />
    </svg>
  );
}

/** A stylised electronic identity card (decorative: the button has text). */
export function CieIcon(props: IconProps) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" {...props}>
      <rect x="1.5" y="4.5" width="21" height="15" rx="2.2" fill="#fff" />
      <circle cx="8" cy="11" r="2.4" fill="#06c" />
      <path fill="#06c" d="M4.6 16.6c.3-1.9 1.75-3 3.4-3s3.1 1.1 3.4 3z" />
      <rect x="13.2" y="8.6" width="6.3" height="1.5" rx=".6" fill="#06c" />
      <rect x="13.2" y="11.4" width="6.3" height="1.5" rx=".6" fill="#06c" />
      <rect x="13.2" y="14.2" width="4.2" height="1.5" rx=".6" fill="#06c" />
    </svg>
  );
}

/** Emblem of the header and footer brand: a simplified public-building mark (decorative). */
export function BrandEmblem(props: IconProps) {
  return (
    <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false" {...props}>
      <path
        fill="currentColor"
        d="M24 4 5 13v4h38v-4L24 4zm0 4.3L36.3 14H11.7L24 8.3zM8 19v2h3v14H8v2h32v-2h-3V21h3v-2H8zm7 2h4v14h-4V21zm7 0h4v14h-4V21zm7 0h4v14h-4V21zM5 39v4h38v-4H5z"
      />
    </svg>
  );
}
