/** The report's style: large type for a projector, charts the width of the page, and print that keeps each chart with its heading. */
export const REPORT_CSS = `
body { font: 18px/1.45 "Liberation Sans", Arial, sans-serif; max-width: 1040px; margin: 0 auto; padding: 1rem 1.5rem 3rem; color: #111; background: #fff; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.5rem; margin-top: 2.2rem; border-bottom: 2px solid #ccc; }
h3 { font-size: 1.2rem; }
.disclaimer { font-size: 1.3rem; font-weight: bold; padding: 0.7rem 1rem; border: 3px solid #a33; background: #fff4f2; }
.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.provenance dt { font-weight: bold; }
.provenance dd { margin: 0; overflow-wrap: anywhere; }
svg { max-width: 100%; height: auto; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; }
.legend span { font-size: 1.4em; vertical-align: -0.1em; }
figure { margin: 1.2rem 0; }
figcaption { margin-bottom: 0.3rem; }
table.assumptions { border-collapse: collapse; width: 100%; font-size: 16px; }
table.assumptions td.range { white-space: nowrap; }
table.assumptions th, table.assumptions td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
@media print {
  body { max-width: none; font-size: 12pt; }
  figure, svg, tr { break-inside: avoid; }
  h2, h3, figcaption { break-after: avoid; }
}
`;
