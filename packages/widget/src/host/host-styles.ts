// Styles of the host element's shadow root that exist before the chat stage loads: theme
// variables and the launcher. Page rules cannot reach inside the shadow root, and the host
// itself is reset by its inline style (see create-host.ts), so nothing leaks in or out.
//
// Theme: a page may override any --chao-* variable on the host element, e.g.
// `chao-widget { --chao-primary: #b91c1c }`. Page rules beat :host rules, which makes these
// defaults. --chao-primary (#1d4ed8) carries white text at 6.7:1 (WCAG AA needs 4.5:1).
// --chao-accent is the primary colour used as text on the surface (links, quick replies);
// the dark theme lightens it to keep AA on a dark surface.
export const HOST_CSS = `
:host{--chao-primary:#1d4ed8;--chao-on-primary:#ffffff;--chao-surface:#ffffff;--chao-text:#1f2937;
--chao-muted:#4b5563;--chao-border:#6b7280;--chao-bubble-bot:#f1f5f9;--chao-radius:16px;
--chao-accent:var(--chao-primary);--chao-danger:#b91c1c;
--chao-font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--chao-shadow:0 12px 40px rgba(15,23,42,.22)}
:host([data-theme=dark]){--chao-surface:#111827;--chao-text:#f3f4f6;--chao-muted:#9ca3af;
--chao-border:#6b7280;--chao-bubble-bot:#1f2937;--chao-accent:#93c5fd;--chao-danger:#fca5a5}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){--chao-surface:#111827;
--chao-text:#f3f4f6;--chao-muted:#9ca3af;--chao-border:#6b7280;--chao-bubble-bot:#1f2937;
--chao-accent:#93c5fd;--chao-danger:#fca5a5}}
.chao-launcher{all:initial;box-sizing:border-box;position:relative;display:flex;align-items:center;
justify-content:center;gap:8px;min-width:56px;height:56px;border-radius:28px;cursor:pointer;
background:var(--chao-primary);color:var(--chao-on-primary);box-shadow:var(--chao-shadow);
font:600 15px var(--chao-font);transition:transform .15s ease}
.chao-launcher[data-text]{padding:0 20px 0 16px}
.chao-launcher:hover{transform:scale(1.06)}
.chao-launcher:focus-visible{outline:3px solid var(--chao-primary);outline-offset:3px}
.chao-launcher svg,.chao-launcher img{width:28px;height:28px;fill:currentColor;pointer-events:none}
.chao-launcher[aria-busy=true] svg{animation:chao-pulse 1s ease-in-out infinite alternate}
.chao-badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 6px;
box-sizing:border-box;border-radius:10px;background:#b91c1c;color:#fff;font:700 12px/20px var(--chao-font);
text-align:center}
.chao-badge[hidden]{display:none}
@keyframes chao-pulse{to{opacity:.4}}
@media (prefers-reduced-motion:reduce){.chao-launcher{transition:none}
.chao-launcher[aria-busy=true] svg{animation:none;opacity:.6}}
`
