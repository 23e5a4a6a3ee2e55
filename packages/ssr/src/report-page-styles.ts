/**
 * The report page's own rules (the elements style themselves; the document's colours are the
 * page's, see page-document.ts): its column, headings, the grids
 * of cards, the table of contents, the 示例数据 badge, and print. Shared by the static page
 * (`renderReportPage`) and the Storybook report stories, so the two look alike.
 */
export const reportPageStyles = `
.report-page {
  max-width: 1200px;
  margin: 0 auto;
  padding: 32px 24px 64px;
}
.report-page h1 {
  margin: 0 0 4px;
  font-size: 28px;
}
.report-page .lead {
  margin: 0 0 24px;
  color: light-dark(#4f5863, #a9b3be);
}
.report-page h2 {
  margin: 36px 0 12px;
  font-size: 20px;
}
.page-grid {
  display: grid;
  gap: 16px;
  align-items: start;
  grid-template-columns: repeat(auto-fill, minmax(var(--page-grid-min, 260px), 1fr));
}
.page-grid.cards { --page-grid-min: 220px; }
.page-grid.badges { --page-grid-min: 260px; }
.page-grid.initiatives { --page-grid-min: 320px; }
.print-table { display: none; }
.sample-badge {
  display: inline-block;
  vertical-align: middle;
  margin-inline-start: 8px;
  padding: 2px 10px;
  border-radius: 999px;
  font-size: 14px;
  font-weight: 600;
  color: light-dark(#7c2d12, #fed7aa);
  background: light-dark(#ffedd5, #431407);
  border: 1px solid light-dark(#c2410c, #fb923c);
}
.report-toc ol {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 16px;
  margin: 0 0 24px;
  padding: 0;
  list-style: none;
}
.report-toc a {
  color: light-dark(#0b5cad, #6cb6ff);
}
/* Print (A4): black on white, no card split across pages, the treemap's table on a page of its own. */
@page {
  size: A4;
  margin: 14mm 12mm;
}
@media print {
  :root {
    color-scheme: light;
    --hz-color-scheme: light;
  }
  body {
    background: #fff;
    color: #000;
  }
  .report-page {
    max-width: none;
    padding: 0;
  }
  .report-toc {
    display: none;
  }
  .report-page h2 {
    break-after: avoid;
  }
  .page-grid.cards,
  .page-grid.badges {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  /* One initiative card to a row: shown in full, two side by side made rows taller than the
     space left on a page, and Chromium then split a card. */
  .page-grid.initiatives {
    display: block;
  }
  .page-grid.initiatives > * {
    margin-bottom: 12px;
  }
  .page-grid > * {
    break-inside: avoid;
  }
  /* The treemap's table, after the chart, on a page of its own: every group, department and
     initiative with its figures, which the chart can only show as areas. */
  .print-table {
    display: block;
    break-before: page;
  }
  hz-metric-card,
  hz-rank-badge,
  hz-achievement-card,
  hz-bar-list,
  hz-department-treemap:not(.print-table) {
    break-inside: avoid;
  }
}
`;
