// The full-page chat's first paint, before widget.js has run: the same header, welcome and starters as the
// widget draws them, from plain HTML (index.html). Inline, allowed by its hash in the page's CSP (scripts/build-widget.ts).
export const PAGE_STYLE = `
body{margin:0;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;color:#1b1b1f;background:#fff}
interview-chat{display:block}
interview-chat:not(:defined) header{background:#0b57d0;color:#fff;padding:6px 16px}
interview-chat:not(:defined) h1{margin:0;font-size:16px;line-height:1.4}
interview-chat:not(:defined) header p{margin:0;font-size:12px;line-height:1.4}
interview-chat:not(:defined) a{color:inherit}
interview-chat:not(:defined) .welcome{margin:12px max(16px,calc(50% - 380px));padding:9px 13px;max-width:680px;border-radius:16px 16px 16px 4px;background:#eef1f5}
interview-chat:not(:defined) ul{list-style:none;display:flex;gap:6px;margin:0;padding:2px max(16px,calc(50% - 380px));overflow-x:auto}
interview-chat:not(:defined) li a{display:block;white-space:nowrap;border:1px solid #767b85;border-radius:18px;padding:5px 12px;font-size:14px;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#1c1c21;color:#e8e8ee}interview-chat:not(:defined) .welcome{background:#2c2e36}interview-chat:not(:defined) li a{border-color:#8b8f99}}
`;
