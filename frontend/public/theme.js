// Applies the theme chosen on this browser (System, Light or Dark; see src/lib/theme.ts) before the
// first paint, so a page never flashes the other theme. A plain file, not inline: the
// Content-Security-Policy allows scripts from this origin only.
try {
  var theme = window.localStorage.getItem('cairn.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (ignored) {
  // Storage blocked: follow the system setting.
}
