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
