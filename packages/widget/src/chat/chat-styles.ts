// Styles of the chat window, added to the shadow root by mountChat. Theme variables are
// defined in host/host-styles.ts. Every class carries the chao- prefix. Inline-start/end
// properties make right-to-left layouts (dir="rtl") mirror on their own.
export const CHAT_CSS = `
.chao-stage{display:contents}
.chao-window{all:initial;box-sizing:border-box;position:absolute;bottom:72px;right:0;z-index:1;
display:flex;flex-direction:column;width:370px;height:min(600px,calc(100vh - 120px));
background:var(--chao-surface);color:var(--chao-text);font:15px/1.45 var(--chao-font);
border-radius:var(--chao-radius);box-shadow:var(--chao-shadow);overflow:hidden}
:host([data-position=left]) .chao-window{right:auto;left:0}
:host([data-mode=inline]) .chao-window{position:relative;bottom:auto;width:100%;height:100%;
box-shadow:none;border:1px solid var(--chao-border)}
:host([data-mode=fullpage]) .chao-window{position:fixed;inset:0;width:auto;height:var(--chao-vh,100%);
border-radius:0}
.chao-window[hidden]{display:none}
.chao-window *,.chao-window *::before,.chao-window *::after{box-sizing:border-box}
.chao-header{display:flex;align-items:center;gap:10px;padding:10px 8px 10px 16px;
background:var(--chao-primary);color:var(--chao-on-primary)}
.chao-heading{flex:1;min-width:0}
.chao-title{margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;
white-space:nowrap}
.chao-team{margin:0;font-size:13px}
.chao-team[data-online=true]::before{content:"";display:inline-block;width:8px;height:8px;
border-radius:50%;background:#4ade80;margin-inline-end:6px}
.chao-avatar{width:36px;height:36px;border-radius:50%;object-fit:cover;flex:none}
.chao-avatar--small{width:20px;height:20px;vertical-align:middle;margin-inline-end:6px}
.chao-icon-button{all:unset;box-sizing:border-box;display:flex;align-items:center;
justify-content:center;width:40px;height:40px;border-radius:50%;cursor:pointer;color:inherit;flex:none}
.chao-icon-button:hover{background:rgba(127,127,127,.2)}
.chao-icon-button:focus-visible{outline:2px solid currentColor;outline-offset:-4px}
.chao-window svg{width:22px;height:22px;fill:currentColor}
.chao-banner{margin:0;padding:6px 12px;background:var(--chao-bubble-bot);font-size:13px;text-align:center}
.chao-log{flex:1;overflow-y:auto;padding:16px 12px;display:flex;flex-direction:column;gap:10px;
overscroll-behavior:contain}
.chao-log:focus-visible{outline:2px solid var(--chao-accent);outline-offset:-2px}
.chao-msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.chao-msg--visitor{align-self:flex-end;align-items:flex-end}
.chao-msg--system{align-self:center;margin:0;color:var(--chao-muted);font-size:13px}
.chao-author{font-size:12px;color:var(--chao-muted);margin:0 0 2px;margin-inline-start:4px}
.chao-bubble{padding:8px 12px;border-radius:14px;background:var(--chao-bubble-bot);
overflow-wrap:anywhere}
.chao-msg--visitor .chao-bubble{background:var(--chao-primary);color:var(--chao-on-primary);
white-space:pre-wrap}
.chao-bubble p,.chao-bubble ul,.chao-bubble ol,.chao-bubble pre,.chao-bubble blockquote{margin:0 0 .5em}
.chao-bubble>:last-child{margin-bottom:0}
.chao-bubble ul,.chao-bubble ol{padding-inline-start:1.25em}
.chao-bubble h1,.chao-bubble h2,.chao-bubble h3,.chao-bubble h4{font-size:1em;margin:0 0 .4em}
.chao-bubble a{color:inherit;text-decoration:underline}
.chao-bubble img{max-width:100%;height:auto}
.chao-bubble code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.chao-bubble pre{white-space:pre-wrap}
.chao-meta{font-size:12px;color:var(--chao-muted);margin:2px 4px 0}
.chao-status[data-status=failed]{color:var(--chao-danger)}
.chao-retry{all:unset;cursor:pointer;text-decoration:underline;margin-inline-start:6px;color:var(--chao-accent)}
.chao-retry:focus-visible,.chao-fb button:focus-visible{outline:2px solid var(--chao-accent)}
.chao-fb{margin-inline-start:8px}
.chao-fb button{all:unset;cursor:pointer;padding:0 4px;border-radius:4px;filter:grayscale(1);opacity:.6}
.chao-fb [aria-pressed=true]{filter:none;opacity:1;background:var(--chao-bubble-bot)}
.chao-files{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:6px;justify-content:flex-end}
.chao-thumb{display:block;max-width:160px;max-height:160px;border-radius:10px}
.chao-file{display:inline-block;padding:6px 10px;border:1px solid var(--chao-border);border-radius:10px;font-size:13px}
.chao-replies{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.chao-reply{all:unset;box-sizing:border-box;padding:6px 12px;border-radius:999px;cursor:pointer;
border:1px solid var(--chao-accent);color:var(--chao-accent);background:var(--chao-surface);font-size:14px}
.chao-reply:hover{background:var(--chao-bubble-bot)}
.chao-reply:focus-visible,.chao-link:focus-visible,.chao-attach:focus-within{outline:2px solid var(--chao-accent);outline-offset:2px}
.chao-links{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-direction:column;gap:6px}
.chao-link{display:block;padding:8px 12px;border:1px solid var(--chao-border);border-radius:10px;
color:var(--chao-accent);text-decoration:none;font-weight:500;background:var(--chao-surface)}
.chao-link:hover{text-decoration:underline}
.chao-typing{color:var(--chao-muted);font-size:13px;padding:0 16px;min-height:1px}
.chao-notice{display:flex;align-items:center;gap:8px;margin:0 12px 6px;padding:4px 4px 4px 12px;
border-radius:10px;border:1px solid var(--chao-danger);color:var(--chao-text);font-size:14px}
.chao-notice p{flex:1;margin:0}
.chao-composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;
border-top:1px solid var(--chao-border)}
.chao-attach{display:flex;align-items:center;justify-content:center;width:40px;height:44px;
cursor:pointer;color:var(--chao-muted);border-radius:50%}
.chao-input{flex:1;resize:none;min-height:44px;max-height:120px;field-sizing:content;
padding:10px 12px;border:1px solid var(--chao-border);border-radius:12px;background:var(--chao-surface);
color:var(--chao-text);font:16px/1.4 var(--chao-font)}
.chao-input:focus{outline:2px solid var(--chao-accent);outline-offset:-1px;border-color:transparent}
.chao-send{all:unset;box-sizing:border-box;display:flex;align-items:center;justify-content:center;
width:44px;height:44px;border-radius:50%;cursor:pointer;background:var(--chao-primary);
color:var(--chao-on-primary);flex:none}
.chao-send:focus-visible{outline:2px solid var(--chao-accent);outline-offset:2px}
.chao-sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;
clip-path:inset(50%);white-space:nowrap}
@media (max-width:479.98px){.chao-window,:host([data-position=left]) .chao-window{position:fixed;
inset:var(--chao-vtop,0) 0 auto;width:auto;height:var(--chao-vh,100%);border-radius:0}}
`
