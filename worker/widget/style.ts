// The widget's stylesheet, adopted by its shadow root (a constructed sheet is allowed by a strict style-src CSP).
// Sizes are in px, not rem: the host page's root font size must not reach in.
// --edge (field, chip and card borders) is ≥ 3:1 against --bg in both themes (WCAG 1.4.11); the focus ring is
// --focus between two rings of --bg, so it keeps 3:1 whatever the host page's background is.

const DARK =
  "--bg:#1c1c21;--fg:#e8e8ee;--muted:#b9bdc7;--bubble:#2c2e36;--line:#3d4049;--edge:#8b8f99;--card:#25272e;--err:#ffb4ab;--errbg:#3d1f1c;--focus:#8ab4f8;--low:#f2c46d;color-scheme:dark";

export const STYLE = `
:host{all:initial!important;display:block!important}
:host([hidden]){display:none!important}
:host([floating]){position:fixed!important;z-index:2147483000!important;width:0!important;height:0!important}
:host([fullpage]){position:fixed!important;inset:0!important}
.root{--bg:#fff;--fg:#1b1b1f;--muted:#50555f;--bubble:#eef1f5;--line:#dde1e7;--edge:#767b85;--card:#f8f9fb;--err:#a1251b;--errbg:#fdecea;--focus:#1a56db;--low:#8a5a00;color-scheme:light;
font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);text-align:left;overflow-wrap:anywhere;height:100%;-webkit-text-size-adjust:100%}
.root.hant{font-family:system-ui,-apple-system,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif}
@media (prefers-color-scheme:dark){.root:not(.light){${DARK}}}
.root.dark{${DARK}}
*,*::before,*::after{box-sizing:border-box}
button,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;border:0;background:none;padding:0}
button:disabled{cursor:default}
p{margin:0}
a{color:inherit}
svg{width:20px;height:20px;fill:currentColor;display:block;flex:none}
:focus-visible{outline:2px solid transparent;box-shadow:0 0 0 2px var(--bg),0 0 0 5px var(--focus),0 0 0 7px var(--bg)}
[popover]{inset:auto;margin:0;border:0;padding:0;overflow:visible;color:var(--fg);background:none}
.launcher{position:fixed;bottom:var(--dy,20px);right:var(--dx,20px);height:48px;padding:0 18px 0 14px;border-radius:24px;background:var(--accent);color:var(--on-accent);display:flex;align-items:center;gap:8px;font-size:15px;font-weight:600;box-shadow:0 4px 14px #0005}
.left .launcher{right:auto;left:var(--dx,20px)}
.panel{display:flex;flex-direction:column;height:100%;background:var(--bg);color:var(--fg);overflow:hidden}
.floating .panel{position:fixed;bottom:calc(var(--dy,20px) + 60px);right:var(--dx,20px);width:400px;height:min(680px,calc(100vh - var(--dy,20px) - 80px));border:1px solid var(--edge);border-radius:14px;box-shadow:0 10px 40px #0004}
.floating.left .panel{right:auto;left:var(--dx,20px)}
.floating.expanded .panel{inset:0;width:100%;height:100%;border:0;border-radius:0}
.panel[hidden],.panel[popover]:not(:popover-open){display:none}
header{display:flex;align-items:center;gap:2px;padding:6px 6px 6px 16px;background:var(--accent);color:var(--on-accent)}
header :focus-visible{box-shadow:inset 0 0 0 2px currentColor}
.titles{flex:1;min-width:0}
h1,h2{margin:0;font-size:16px;line-height:1.4;font-weight:600}
.about{font-size:12px;line-height:1.4}
.about a{white-space:nowrap}
.icon{width:38px;height:38px;display:grid;place-items:center;border-radius:8px;flex:none}
.icon span{font-size:15px;font-weight:700}
.log{position:relative;flex:1;overflow-y:auto;padding:12px 16px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.turn{display:flex;flex-direction:column;gap:12px}
.msg{max-width:90%;padding:9px 13px;border-radius:16px;white-space:pre-wrap}
.user{align-self:flex-end;background:var(--accent);color:var(--on-accent);border-bottom-right-radius:4px}
.bot{align-self:flex-start;background:var(--bubble);border-bottom-left-radius:4px}
.bot.low{background:var(--bg);border:2px dashed var(--edge)}
.badge{display:inline-block;font-size:12px;font-weight:600;color:var(--low);border:1px solid currentColor;border-radius:6px;padding:0 6px;margin-bottom:4px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.points{margin:4px 0 0;padding-left:22px;white-space:normal}
.points li{margin:2px 0}
.cards{display:grid;gap:6px;margin-top:10px;white-space:normal}
.label{font-size:13px;color:var(--muted)}
.card{background:var(--card);border:1px solid var(--edge);border-left:4px solid var(--accent);border-radius:8px;padding:8px 10px;font-size:14px}
.related .card{border-left-style:dotted;border-left-color:var(--edge)}
.card q{display:-webkit-box;-webkit-line-clamp:5;-webkit-box-orient:vertical;overflow:hidden;margin-bottom:4px}
.card q[hidden]{display:none}
.src{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;font-size:13px;color:var(--muted)}
.src a{color:var(--muted)}
.swap{font-size:13px;color:var(--fg);border:1px solid var(--edge);border-radius:6px;padding:0 8px}
.swap[aria-pressed=true],.swap[aria-expanded=true]{background:var(--line)}
.fact{background:var(--card);border:1px solid var(--edge);border-radius:8px;padding:8px 10px;margin-bottom:8px;white-space:normal}
.fact b{display:block;font-size:26px;line-height:1.2;font-weight:700}
.fact small{display:block;color:var(--muted);font-size:13px;margin-top:2px}
.tools{display:flex;align-items:center;gap:2px;margin-top:6px;color:var(--muted);white-space:normal}
.tools button{width:34px;height:34px;display:grid;place-items:center;border-radius:8px}
.tools button:hover{background:var(--line)}
.tools button[aria-pressed=true]{color:var(--fg);background:var(--line)}
.tools .down svg{transform:rotate(180deg)}
.tools span{font-size:13px;margin-left:6px}
.reasons{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:6px;font-size:13px;white-space:normal}
.reasons[hidden]{display:none}
.reasons button,.undo button,.err button{border:1px solid var(--edge);border-radius:8px;padding:2px 10px;font-size:13px}
.reasons button[aria-pressed=true]{background:var(--line)}
.undo{display:flex;align-items:center;gap:10px;padding:6px 16px;font-size:14px;background:var(--bubble)}
.undo[hidden]{display:none}
.err{align-self:stretch;max-width:none;background:var(--errbg);color:var(--err);display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.err button{border-color:currentColor;font-weight:600}
.err button:disabled{opacity:.6}
.typing{color:var(--muted)}
.typing i{display:inline-block;width:6px;height:6px;margin-left:4px;border-radius:50%;background:currentColor;animation:blink 1.2s infinite}
.typing i:nth-child(3){animation-delay:.2s}.typing i:nth-child(4){animation-delay:.4s}
@keyframes blink{50%{opacity:.2}}
.chips{display:flex;flex-wrap:nowrap;gap:6px;padding:2px 16px 8px;overflow-x:auto;scrollbar-width:thin;overscroll-behavior-x:contain}
.chips:empty,.keyboard .chips{display:none}
.chip{flex:none;max-width:80%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;border:1px solid var(--edge);border-radius:18px;padding:5px 12px;font-size:14px;background:var(--bg)}
.chip:hover{border-color:var(--accent)}
form{position:relative;display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid var(--line)}
textarea{flex:1;resize:none;border:1px solid var(--edge);border-radius:10px;padding:8px 10px;min-height:42px;max-height:140px;background:var(--bg);line-height:1.5}
textarea::placeholder{color:var(--muted);opacity:1}
textarea[aria-invalid=true]{border-color:var(--err)}
.count{position:absolute;right:66px;top:-10px;font-size:12px;padding:0 6px;border-radius:8px;background:var(--bg);color:var(--muted)}
.count:empty{display:none}
.count.over{color:var(--err);font-weight:700}
.send{width:42px;height:42px;border-radius:10px;background:var(--accent);color:var(--on-accent);display:grid;place-items:center;flex:none}
.send:disabled{opacity:.55}
.fullpage .log,.fullpage .chips,.fullpage form,.fullpage .undo{padding-left:max(16px,calc(50% - 380px));padding-right:max(16px,calc(50% - 380px))}
@media (max-width:480px){.floating .panel{inset:var(--vt,0px) 0 auto;width:100%;height:var(--vh,100%);border:0;border-radius:0}.expand{display:none}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`;
