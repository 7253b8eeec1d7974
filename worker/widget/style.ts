// The widget's stylesheet, adopted by its shadow root (a constructed sheet is allowed by a strict style-src CSP).
// Sizes are in px, not rem: the host page's root font size must not reach in.
export const STYLE = `
:host{all:initial!important;display:block!important}
:host([hidden]){display:none!important}
:host([floating]){position:fixed!important;z-index:2147483000!important;width:0!important;height:0!important}
:host([fullpage]){position:fixed!important;inset:0!important}
.root{--bg:#fff;--fg:#1b1b1f;--muted:#50555f;--bubble:#eef1f5;--line:#c4c9d2;--card:#f8f9fb;--err:#a1251b;--errbg:#fdecea;--focus:#1a56db;
font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);text-align:left;overflow-wrap:anywhere;height:100%;-webkit-text-size-adjust:100%}
.root.hant{font-family:system-ui,-apple-system,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif}
@media (prefers-color-scheme:dark){.root{--bg:#1c1c21;--fg:#e8e8ee;--muted:#b9bdc7;--bubble:#2c2e36;--line:#4d505a;--card:#25272e;--err:#ffb4ab;--errbg:#3d1f1c;--focus:#8ab4f8;color-scheme:dark}}
*,*::before,*::after{box-sizing:border-box}
button,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;border:0;background:none;padding:0}
p{margin:0}
svg{width:20px;height:20px;fill:currentColor;display:block}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.launcher{position:fixed;bottom:20px;right:20px;width:56px;height:56px;border-radius:50%;background:var(--accent);color:var(--on-accent);display:grid;place-items:center;box-shadow:0 4px 14px #0005}
.launcher svg{width:26px;height:26px}
.left .launcher{right:auto;left:20px}
.panel{display:flex;flex-direction:column;height:100%;background:var(--bg);color:var(--fg);overflow:hidden}
.floating .panel{position:fixed;bottom:88px;right:20px;width:380px;height:min(640px,calc(100vh - 110px));border:1px solid var(--line);border-radius:14px;box-shadow:0 10px 40px #0004}
.floating.left .panel{right:auto;left:20px}
.panel[hidden]{display:none}
header{display:flex;align-items:center;gap:4px;padding:8px 8px 8px 16px;background:var(--accent);color:var(--on-accent)}
header :focus-visible{outline-color:currentColor;outline-offset:-3px}
h2{margin:0;font-size:16px;font-weight:600;flex:1}
.icon{width:40px;height:40px;display:grid;place-items:center;border-radius:8px}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.turn{display:flex;flex-direction:column;gap:12px}
.msg{max-width:88%;padding:9px 13px;border-radius:16px;white-space:pre-wrap}
.user{align-self:flex-end;background:var(--accent);color:var(--on-accent);border-bottom-right-radius:4px}
.bot{align-self:flex-start;background:var(--bubble);border-bottom-left-radius:4px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.cards{display:grid;gap:6px;margin-top:10px;white-space:normal}
.card{display:block;color:inherit;text-decoration:none;background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:8px;padding:8px 10px;font-size:14px}
.card:hover{border-color:var(--accent)}
.fact{display:block;color:inherit;text-decoration:none;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 10px;margin-bottom:8px}
.fact b{display:block;font-size:26px;line-height:1.2;font-weight:700}
.fact small{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.card q{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.card small{display:block;color:var(--muted);font-size:13px;margin-top:4px}
.tools{display:flex;align-items:center;gap:2px;margin-top:6px;color:var(--muted);white-space:normal}
.tools button{width:34px;height:34px;display:grid;place-items:center;border-radius:8px}
.tools button:hover{background:var(--line)}
.tools button[aria-pressed=true]{color:var(--fg);background:var(--line)}
.tools .down svg{transform:rotate(180deg)}
.tools span{font-size:13px;margin-left:6px}
.err{align-self:stretch;max-width:none;background:var(--errbg);color:var(--err);display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.err button{border:1px solid currentColor;border-radius:8px;padding:3px 12px;font-weight:600}
.typing{color:var(--muted)}
.typing i{display:inline-block;width:6px;height:6px;margin-left:4px;border-radius:50%;background:currentColor;animation:blink 1.2s infinite}
.typing i:nth-child(3){animation-delay:.2s}.typing i:nth-child(4){animation-delay:.4s}
@keyframes blink{50%{opacity:.2}}
.chips{display:flex;flex-wrap:wrap;gap:6px;padding:0 16px 10px}
.chips:empty{display:none}
.chip{border:1px solid var(--line);border-radius:18px;padding:5px 12px;font-size:14px;text-align:left;background:var(--bg)}
.chip:hover{border-color:var(--accent)}
form{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid var(--line)}
textarea{flex:1;resize:none;border:1px solid var(--line);border-radius:10px;padding:8px 10px;min-height:42px;max-height:140px;background:var(--bg);line-height:1.5}
textarea::placeholder{color:var(--muted);opacity:1}
.send{width:42px;height:42px;border-radius:10px;background:var(--accent);color:var(--on-accent);display:grid;place-items:center;flex:none}
.send:disabled{opacity:.55;cursor:default}
.fullpage .log,.fullpage .chips,.fullpage form{padding-left:max(16px,calc(50% - 380px));padding-right:max(16px,calc(50% - 380px))}
@media (max-width:480px){.floating .panel{inset:0;width:100%;height:100%;border:0;border-radius:0}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;
