// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
});

// A form htmx sends in the background that the server refuses (bad input, a tandem ended meanwhile, a
// session expired): send it the plain way, so the page with the server's message replaces this one.
// Nothing was saved on a refusal, so sending again is safe.
document.addEventListener('htmx:responseError', (event) => {
  const form = event.detail.elt;
  if (form instanceof HTMLFormElement) form.submit();
});

// A table wider than the screen scrolls inside its wrapper: the wrapper becomes reachable by keyboard
// (arrow keys scroll it) and is named by the table's caption, so screen readers say what scrolls.
// Wrappers that a view already made focusable keep their own name.
function markScrollableTables() {
  document.querySelectorAll('.kern-table-responsive').forEach((wrapper, i) => {
    const marked = wrapper.hasAttribute('data-scrollable');
    if (wrapper.hasAttribute('tabindex') && !marked) return;
    const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    if (scrolls && !marked) {
      wrapper.setAttribute('data-scrollable', '');
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      const caption = wrapper.querySelector('caption');
      if (caption) {
        if (!caption.id) caption.id = `tabelle-${i + 1}`;
        wrapper.setAttribute('aria-labelledby', caption.id);
      } else {
        wrapper.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Table' : 'Tabelle');
      }
    } else if (!scrolls && marked) {
      for (const name of ['data-scrollable', 'tabindex', 'role', 'aria-labelledby', 'aria-label'])
        wrapper.removeAttribute(name);
    }
  });
}
document.addEventListener('DOMContentLoaded', markScrollableTables);
window.addEventListener('resize', markScrollableTables);
document.addEventListener('htmx:afterSwap', markScrollableTables);
