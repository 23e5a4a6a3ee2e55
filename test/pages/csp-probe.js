// Loaded before the bundle on the strict-CSP page: records every violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
