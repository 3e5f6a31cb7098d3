// Styles of the host element's shadow root that exist before the chat stage loads: theme
// variables and the launcher. Page rules cannot reach inside the shadow root, and the host
// itself is reset by its inline style (see create-host.ts), so nothing leaks in or out.
//
// Theme: a page may override any --chao-* variable on the host element, e.g.
// `chao-widget { --chao-primary: #b91c1c }`. Page rules beat :host rules, which makes these
// defaults. --chao-primary (#1d4ed8) carries white text at 6.7:1 (WCAG AA needs 4.5:1).
export const HOST_CSS = `
:host{--chao-primary:#1d4ed8;--chao-on-primary:#ffffff;--chao-surface:#ffffff;--chao-text:#1f2937;
--chao-muted:#4b5563;--chao-border:#d1d5db;--chao-bubble-bot:#f1f5f9;--chao-radius:16px;
--chao-font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--chao-shadow:0 12px 40px rgba(15,23,42,.22)}
.chao-launcher{all:initial;box-sizing:border-box;display:flex;align-items:center;
justify-content:center;width:56px;height:56px;border-radius:50%;cursor:pointer;
background:var(--chao-primary);color:var(--chao-on-primary);box-shadow:var(--chao-shadow);
transition:transform .15s ease}
.chao-launcher:hover{transform:scale(1.06)}
.chao-launcher:focus-visible{outline:3px solid var(--chao-primary);outline-offset:3px}
.chao-launcher svg{width:28px;height:28px;fill:currentColor;pointer-events:none}
.chao-launcher[aria-busy=true] svg{animation:chao-pulse 1s ease-in-out infinite alternate}
@keyframes chao-pulse{to{opacity:.4}}
@media (prefers-reduced-motion:reduce){.chao-launcher{transition:none}
.chao-launcher[aria-busy=true] svg{animation:none;opacity:.6}}
`
