// Styles of the chat window, added to the shadow root by mountChat. Theme variables are
// defined in host/host-styles.ts. Every class carries the chao- prefix.
export const CHAT_CSS = `
.chao-stage{display:contents}
.chao-window{all:initial;box-sizing:border-box;position:absolute;bottom:72px;right:0;z-index:1;
display:flex;flex-direction:column;width:370px;height:min(600px,calc(100vh - 120px));
background:var(--chao-surface);color:var(--chao-text);font:15px/1.45 var(--chao-font);
border-radius:var(--chao-radius);box-shadow:var(--chao-shadow);overflow:hidden}
:host([data-position=left]) .chao-window{right:auto;left:0}
.chao-window[hidden]{display:none}
.chao-window *,.chao-window *::before,.chao-window *::after{box-sizing:border-box}
.chao-header{display:flex;align-items:center;gap:8px;padding:12px 8px 12px 16px;
background:var(--chao-primary);color:var(--chao-on-primary)}
.chao-title{flex:1;margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;
white-space:nowrap}
.chao-icon-button{all:unset;box-sizing:border-box;display:flex;align-items:center;
justify-content:center;width:40px;height:40px;border-radius:50%;cursor:pointer;color:inherit}
.chao-icon-button:hover{background:rgba(255,255,255,.15)}
.chao-icon-button:focus-visible{outline:2px solid currentColor;outline-offset:-4px}
.chao-icon-button svg,.chao-send svg{width:22px;height:22px;fill:currentColor}
.chao-log{flex:1;overflow-y:auto;padding:16px 12px;display:flex;flex-direction:column;gap:10px;
overscroll-behavior:contain}
.chao-msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.chao-msg--visitor{align-self:flex-end;align-items:flex-end}
.chao-msg--system{align-self:center;color:var(--chao-muted);font-size:13px}
.chao-author{font-size:12px;color:var(--chao-muted);margin:0 0 2px 4px}
.chao-bubble{padding:8px 12px;border-radius:14px;background:var(--chao-bubble-bot);
overflow-wrap:anywhere}
.chao-msg--visitor .chao-bubble{background:var(--chao-primary);color:var(--chao-on-primary);
white-space:pre-wrap}
.chao-bubble p,.chao-bubble ul,.chao-bubble ol,.chao-bubble pre,.chao-bubble blockquote{margin:0 0 .5em}
.chao-bubble>:last-child{margin-bottom:0}
.chao-bubble ul,.chao-bubble ol{padding-left:1.25em}
.chao-bubble h1,.chao-bubble h2,.chao-bubble h3,.chao-bubble h4{font-size:1em;margin:0 0 .4em}
.chao-bubble a{color:inherit;text-decoration:underline}
.chao-bubble code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.chao-bubble pre{white-space:pre-wrap}
.chao-replies{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.chao-reply{all:unset;box-sizing:border-box;padding:6px 12px;border-radius:999px;cursor:pointer;
border:1px solid var(--chao-primary);color:var(--chao-primary);background:var(--chao-surface);
font-size:14px}
.chao-reply:hover{background:var(--chao-bubble-bot)}
.chao-reply:focus-visible,.chao-link:focus-visible{outline:2px solid var(--chao-primary);
outline-offset:2px}
.chao-links{list-style:none;margin:6px 0 0;padding:0;display:flex;flex-direction:column;gap:6px}
.chao-link{display:block;padding:8px 12px;border:1px solid var(--chao-border);border-radius:10px;
color:var(--chao-primary);text-decoration:none;font-weight:500;background:var(--chao-surface)}
.chao-link:hover{text-decoration:underline}
.chao-typing{color:var(--chao-muted);font-size:13px;padding-left:4px}
.chao-composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;
border-top:1px solid var(--chao-border)}
.chao-input{flex:1;resize:none;min-height:44px;max-height:120px;field-sizing:content;
padding:10px 12px;border:1px solid var(--chao-border);border-radius:12px;background:var(--chao-surface);
color:var(--chao-text);font:16px/1.4 var(--chao-font)}
.chao-input:focus{outline:2px solid var(--chao-primary);outline-offset:-1px;border-color:transparent}
.chao-send{all:unset;box-sizing:border-box;display:flex;align-items:center;justify-content:center;
width:44px;height:44px;border-radius:50%;cursor:pointer;background:var(--chao-primary);
color:var(--chao-on-primary)}
.chao-send:focus-visible{outline:2px solid var(--chao-primary);outline-offset:2px}
.chao-sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;
clip-path:inset(50%);white-space:nowrap}
@media (max-width:479.98px){.chao-window,:host([data-position=left]) .chao-window{position:fixed;inset:0;width:auto;height:auto;
border-radius:0}}
`
