/**
 * The one stylesheet, served from /assets/style.css (CSP allows styles from 'self' only). System
 * fonts, no webfonts: nothing is fetched from elsewhere. Readable from 320 px wide; a print
 * stylesheet drops navigation and buttons so "Save as PDF" gives a clean document.
 */
export const STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; font-size: 100%; line-height: 1.5; color: #0b0c0c; background: #fff; -webkit-text-size-adjust: 100%; }
body { margin: 0; }
a { color: #1d4f91; text-underline-offset: 0.15em; }
a:hover { color: #0b2e5c; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 4px #0b0c0c; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { position: static; display: block; padding: 0.5rem 1rem; background: #fd0; color: #0b0c0c; }
.site-header { background: #1d3557; color: #fff; }
.site-header .inner, main, .site-footer .inner { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
.site-header .inner { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; justify-content: space-between; }
.site-header a { color: #fff; font-weight: 700; text-decoration: none; }
.site-header form { margin: 0; }
main { padding-top: 1.5rem; padding-bottom: 2.5rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 0.75rem; }
p, ul, ol { margin: 0 0 1rem; max-width: 40rem; }
.lead { font-size: 1.15rem; }
.hint { color: #505a5f; }
button, .button { font: inherit; font-weight: 700; display: inline-block; padding: 0.5rem 1rem; border: 2px solid transparent; border-radius: 0; background: #00703c; color: #fff; cursor: pointer; box-shadow: 0 2px #002d18; text-decoration: none; }
button.secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px #929191; }
.site-header button.secondary { padding: 0.25rem 0.75rem; }
.notice { border-left: 5px solid #1d70b8; padding: 0.5rem 1rem; margin: 0 0 1.5rem; background: #f3f8fc; max-width: 40rem; }
.notice.warning { border-color: #d4351c; background: #fdf3f2; }
.site-footer { border-top: 1px solid #b1b4b6; color: #505a5f; font-size: 0.875rem; }
svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid #b1b4b6; }
main.wide { max-width: 90rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.tag { display: inline-block; padding: 0.1rem 0.5rem; font-weight: 700; border: 2px solid currentColor; }
.tag-on-track { color: #005a30; background: #cce2d8; }
.tag-at-risk { color: #6e3619; background: #fcd6c3; }
.tag-off-track { color: #942514; background: #f6d7d2; }
.counts { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; max-width: none; }
.counts a { display: block; padding: 0.5rem 1rem; border: 1px solid #b1b4b6; text-decoration: none; }
.counts a[aria-current] { border: 3px solid #0b0c0c; }
.counts .count { font-size: 1.75rem; font-weight: 700; display: block; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-end; border: 1px solid #b1b4b6; padding: 0 1rem 1rem; margin-bottom: 1rem; }
.filters h2 { flex-basis: 100%; font-size: 1.1rem; }
.field { display: flex; flex-direction: column; }
.field label { font-weight: 700; }
.field.checkbox { flex-direction: row; gap: 0.4rem; align-items: center; }
.field.checkbox label { font-weight: 400; }
input, select { font: inherit; padding: 0.3rem; border: 2px solid #0b0c0c; max-width: 100%; }
input[type="checkbox"] { width: 1.25rem; height: 1.25rem; }
select:focus-visible, summary:focus-visible { outline: 3px solid #fd0; outline-offset: 0; }
.table-scroll { overflow-x: auto; }
table.portfolio td, table.portfolio th { vertical-align: top; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding: 0.5rem 0; }
.reasons { margin: 0.25rem 0 0; padding-left: 1.1rem; font-size: 0.875rem; }
.pagination { display: flex; gap: 1.5rem; margin: 1rem 0; }
.contents { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; max-width: none; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; max-width: 50rem; }
dl.fields dt { font-weight: 700; }
dl.fields dd { margin: 0; }
figure.metric { margin: 1rem 0 2rem; }
figcaption { font-weight: 700; margin-top: 0.25rem; }
details { margin: 0.5rem 0 1rem; }
summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
.timeline { border-left: 3px solid #b1b4b6; padding-left: 1.5rem; list-style: none; }
.timeline li { margin-bottom: 0.5rem; }
.timeline .overdue { color: #942514; }
.timeline .done { color: #005a30; }
meter { width: 5rem; }
@media (max-width: 30rem) { h1 { font-size: 1.4rem; } button, .button { width: 100%; text-align: center; } .site-header button.secondary { width: auto; } }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0 0 1.5rem; }
.summary div { border-left: 4px solid #1d3557; padding: 0.25rem 0.75rem; }
.summary dt { color: #505a5f; font-size: 0.9rem; }
.summary dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
.report-actions { border: 1px solid #b1b4b6; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.report-actions p { margin: 0.5rem 0 0; }
.range-form { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
.range-form .field { display: flex; flex-direction: column; }
.range-form label { font-weight: 700; }
input { font: inherit; padding: 0.3rem 0.4rem; border: 2px solid #0b0c0c; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart figcaption { color: #505a5f; font-size: 0.9rem; max-width: 40rem; }
.chart-data summary { cursor: pointer; color: #1d4f91; text-decoration: underline; }
caption { text-align: left; font-weight: 700; padding: 0.5rem 0; }
td ul { margin: 0; padding-left: 1.1rem; }
.pager { margin-top: 1rem; }
@media print {
  html { font-size: 10.5pt; color: #000; }
  .site-header, .site-footer, .skip-link, .report-actions, .pager, form, button, .chart-data { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  p, ul, ol { max-width: none; }
  svg, table, figure, tr, .summary { break-inside: avoid; }
  thead { display: table-header-group; }
  /* Charts keep their proportions inside the printable width of both Letter (216 mm) and A4 (210 mm). */
  figure.chart svg { width: 100%; max-width: 170mm; height: auto; }
  .summary { grid-template-columns: repeat(3, 1fr); }
  /* No fixed size: the printer's paper (Letter or A4) decides; margins that fit both. */
  @page { size: auto; margin: 16mm 14mm; }
  details > *:not(summary) { display: block; }
}
`;
