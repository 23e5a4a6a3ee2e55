/** Shared by the gallery pages: language from ?lang=, page colours from the scheme, ready flag. */
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
export async function ready() {
  await customElements.whenDefined('hz-report').catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 600));
  document.body.dataset.ready = 'true';
}
