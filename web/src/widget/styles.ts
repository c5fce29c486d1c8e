/**
 * The widget's stylesheet, scoped by its shadow root: the page's CSS does not reach in, ours does not leak out.
 * Below 480 px the panel takes the whole screen; inputs there are 16 px, or iOS zooms the page in on focus.
 * `--accent` is the channel colour, `--on-accent` text on it, `--ink` the colour for accents on white.
 */
export const styles = `
:host{all:initial}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.root{--accent:#2563eb;--on-accent:#fff;--ink:#2563eb;--text:#111827;--muted:#6b7280;--line:#e5e7eb;--soft:#f1f3f5;--danger:#dc2626;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--text)}
button,input,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;background:none;border:0;padding:0}
button:disabled{cursor:default}
:focus{outline:none}
:focus-visible{outline:2px solid var(--ink);outline-offset:2px}
.icon{width:24px;height:24px;display:block;flex:none;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.icon.filled{fill:currentColor;stroke:none}

.launcher{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;background:var(--accent);
color:var(--on-accent);box-shadow:0 4px 16px rgba(0,0,0,.2);display:grid;place-items:center;transition:transform .15s ease}
.launcher:hover{transform:scale(1.06)}
.launcher .icon{width:28px;height:28px}
.launcher[aria-expanded=false] .icon-close,.launcher[aria-expanded=true] .icon-chat{display:none}
.badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 6px;border-radius:10px;background:#ef4444;
color:#fff;font-size:11px;font-weight:700;line-height:16px;text-align:center;border:2px solid #fff}

.panel{position:fixed;right:20px;bottom:88px;width:370px;height:560px;max-height:calc(100vh - 108px);display:flex;
flex-direction:column;background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 12px 48px rgba(0,0,0,.18),0 0 0 1px rgba(0,0,0,.04);
animation:sb-in .18s ease-out}
@keyframes sb-in{from{opacity:0;transform:translateY(12px) scale(.98)}}
@media (prefers-reduced-motion:reduce){.panel{animation:none}.launcher{transition:none}}
@media (max-width:479px){.panel{inset:0;width:100%;height:100%;max-height:none;border-radius:0}.open .launcher{display:none}
.footer{padding-bottom:env(safe-area-inset-bottom)}.composer textarea,.contact input{font-size:16px}}

.header{display:flex;align-items:flex-start;gap:8px;padding:16px 12px 16px 20px;background:var(--accent);color:var(--on-accent)}
.heading{flex:1;min-width:0}
.title{margin:0;font-size:16px;font-weight:600;line-height:1.3;overflow-wrap:anywhere}
.subtitle{margin:2px 0 0;font-size:13px;opacity:.85}
.header button{width:32px;height:32px;border-radius:8px;display:grid;place-items:center;flex:none}
.header button:hover{background:rgba(127,127,127,.2)}
.header button:focus-visible{outline-color:currentColor}
.header .icon{width:20px;height:20px}
.trouble{padding:6px 12px;background:#fef3c7;color:#92400e;font-size:12px;text-align:center}

.messages{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:12px 16px 16px;display:flex;flex-direction:column}
.older{align-self:center;margin:0 0 8px;padding:4px 12px;border-radius:12px;font-size:12px;color:var(--muted)}
.older:hover{background:var(--soft)}
.note{margin:auto 0;padding:24px;text-align:center;color:var(--muted)}
.loading{display:flex;gap:8px;align-items:center;justify-content:center;padding:16px;color:var(--muted);font-size:13px}
.spinner{width:16px;height:16px;border-radius:50%;border:2px solid var(--line);border-top-color:var(--ink);animation:sb-spin .8s linear infinite}
@keyframes sb-spin{to{transform:rotate(360deg)}}
.day{align-self:center;margin:12px 0 4px;font-size:12px;color:var(--muted)}
.row{display:flex;flex-direction:column;align-items:flex-start;margin-top:4px}
.row.visitor{align-items:flex-end}
.author{margin:8px 0 2px 4px;font-size:12px;color:var(--muted)}
.bubble{max-width:80%;padding:8px 12px;border-radius:16px 16px 16px 4px;background:var(--soft);
white-space:pre-wrap;overflow-wrap:anywhere}
.visitor .bubble{background:var(--accent);color:var(--on-accent);border-radius:16px 16px 4px}
.bubble a{color:inherit;text-decoration:underline}
.row[data-delivery=pending] .bubble,.row[data-delivery=failed] .bubble{opacity:.65}
.meta{margin:2px 4px 0;font-size:11px;color:var(--muted)}
.retry{font-size:12px;color:var(--danger);text-decoration:underline}
.image{display:block;margin:2px 0}
.image img{display:block;max-width:220px;max-height:220px;border-radius:10px;background:#fff}
.attachment{display:flex;align-items:center;gap:8px;margin:2px 0;text-decoration:none!important}
.attachment .icon{width:20px;height:20px}
.attachment .name{text-decoration:underline;overflow-wrap:anywhere}
.attachment .size{opacity:.75;font-size:12px;white-space:nowrap}

.footer{border-top:1px solid var(--line)}
.notice{padding:8px 16px 0;font-size:12px;color:#b45309;white-space:pre-line}
.composer{display:flex;align-items:flex-end;gap:4px;padding:8px}
.composer textarea{flex:1;min-width:0;max-height:120px;padding:8px;border:0;resize:none;background:none;line-height:1.45;overflow-y:auto}
.composer textarea::placeholder{color:#9ca3af}
.composer button{width:36px;height:36px;border-radius:50%;display:grid;place-items:center;color:var(--muted);flex:none}
.composer button:hover:not(:disabled){background:var(--soft)}
.composer .send{color:var(--ink)}
.composer .send:disabled{color:#d1d5db}
.composer .icon{width:22px;height:22px}

.contact{padding:16px;display:flex;flex-direction:column;gap:10px}
.contact p{margin:0;color:var(--muted);font-size:13px}
.contact label{display:flex;flex-direction:column;gap:4px;font-size:12px;color:var(--muted)}
.contact input{padding:9px 12px;border:1px solid #d1d5db;border-radius:8px;font-size:14px;color:var(--text);background:#fff}
.contact input:focus{border-color:var(--ink);outline:1px solid var(--ink);outline-offset:0}
.contact .start{padding:10px;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}
.contact .start:disabled{opacity:.6}
.error{color:var(--danger);font-size:12px}
`;
