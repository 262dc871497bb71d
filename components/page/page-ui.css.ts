/** Styles inside the shadow root. `all: initial` cuts off every inherited page style. */
export const PAGE_UI_CSS = `
:host, .zhuji { all: initial; }
.zhuji, .zhuji * { box-sizing: border-box; font-family: system-ui, 'PingFang TC', 'Noto Sans CJK TC', 'WenQuanYi Micro Hei', sans-serif; }
.tip, .bar, .editor, .panel { pointer-events: auto; position: absolute; color: #1d1d1f; background: #fffdf8;
  border: 1px solid #d9d2c3; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.16); font-size: 13px; line-height: 1.5; }
.tip { padding: 6px 10px; width: max-content; max-width: min(320px, calc(100vw - 16px)); pointer-events: none; }
.tip .value { font-weight: 600; font-size: 14px; }
.tip .muted { color: #6b6b70; }
.tip .warn { color: #c92a2a; font-weight: 600; }
.bar { display: flex; gap: 4px; padding: 4px; align-items: center; width: max-content; }
.bar button, .editor button, .panel button { all: unset; cursor: pointer; border-radius: 6px; padding: 2px 8px; font-size: 13px; color: #1d1d1f; }
.bar button:focus-visible, .editor button:focus-visible, .panel button:focus-visible, .editor textarea:focus-visible, .editor input:focus-visible { outline: 2px solid #1c7ed6; }
.bar .swatch { width: 18px; height: 18px; padding: 0; border: 1px solid rgba(0,0,0,.2); }
.bar button:hover, .panel button:hover, .editor button:hover { background: #f1ece1; }
.editor { padding: 8px; width: min(300px, calc(100vw - 16px)); display: grid; gap: 6px; }
.editor .quote { color: #6b6b70; max-height: 3em; overflow: hidden; }
.editor textarea, .editor input { all: unset; display: block; width: 100%; border: 1px solid #d9d2c3; border-radius: 6px; padding: 4px 6px; background: #fff; color: #1d1d1f; font-size: 13px; white-space: pre-wrap; }
.editor textarea { min-height: 4.5em; }
.editor .row { display: flex; gap: 6px; justify-content: flex-end; }
.editor .primary { background: #b3261e; color: #fff; }
.tip, .bar, .editor { z-index: 2; }
.panel { position: fixed; right: 12px; bottom: 12px; padding: 6px 26px 6px 10px; max-width: min(360px, calc(100vw - 24px)); font-size: 12px; color: #4a4a4f; z-index: 1; pointer-events: none; }
.panel button, .panel summary, .panel .orphans { pointer-events: auto; }
.panel summary { cursor: pointer; }
.panel .fold { position: absolute; top: 3px; right: 3px; padding: 0 5px; line-height: 16px; color: #6b6b70; }
.panel-tab { all: unset; position: fixed; right: 0; bottom: 12px; z-index: 1; pointer-events: auto; cursor: pointer; padding: 1px 6px 1px 8px;
  font-size: 11px; line-height: 16px; color: #4a4a4f; background: #fffdf8; border: 1px solid #d9d2c3; border-right: 0; border-radius: 8px 0 0 8px; box-shadow: 0 2px 8px rgba(0,0,0,.12); opacity: .85; }
.panel-tab:hover, .panel-tab:focus-visible { opacity: 1; }
.panel-tab:focus-visible { outline: 2px solid #1c7ed6; }
.panel-tab.alert { color: #c92a2a; }
.panel .line { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.panel button { color: #1c7ed6; padding: 0 4px; font-size: 12px; }
.panel .orphans { margin: 4px 0 0; padding: 0 0 0 16px; max-height: 8em; overflow: auto; }
.panel .error { color: #c92a2a; }
@media (prefers-color-scheme: dark) {
  .tip, .bar, .editor, .panel, .panel-tab { background: #26241f; color: #ececec; border-color: #4a463d; }
  .tip .muted, .editor .quote, .panel { color: #b0b0b5; }
  .bar button, .editor button { color: #ececec; }
  .editor textarea, .editor input { background: #1e1d1b; color: #ececec; border-color: #4a463d; }
  .bar button:hover, .panel button:hover, .editor button:hover { background: #3a3832; }
}
`;
