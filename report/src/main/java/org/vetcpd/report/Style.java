package org.vetcpd.report;

/**
 * The report's style sheet, inline. Text is near-black or #595959 on white (contrast 7:1 or
 * more); the ink of the charts, #1f4e79, has 8.6:1. Printed on A4, a school starts a new page and
 * a teacher's plan is kept on one page.
 */
final class Style {
  static final String CSS = String.join("\n",
      "",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
          + "sans-serif;color:#1a1a1a;background:#ffffff;margin:0 auto;max-width:1140px;"
          + "padding:16px 24px;line-height:1.45;font-size:15px}",
      "h1{font-size:1.7em;margin:.2em 0}",
      "h2{font-size:1.4em;border-bottom:2px solid #1f4e79;padding-bottom:.15em;margin-top:1.6em}",
      "h3{font-size:1.2em;margin-top:1.4em}",
      "h4{font-size:1.05em;margin:0 0 .3em}",
      "h5{font-size:.95em;margin:.6em 0 .2em}",
      ".lead{font-size:1.05em}",
      ".how,.small,footer{color:#595959}",
      "svg text{fill:#1a1a1a;font-size:12px;font-family:inherit}",
      "svg.swatch{vertical-align:-2px}",
      ".summary{display:flex;flex-wrap:wrap;gap:8px 28px;align-items:flex-start}",
      "figure{margin:0 0 8px}",
      "figcaption{font-weight:600;margin-bottom:4px}",
      "table{border-collapse:collapse;margin:6px 0;font-size:.92em}",
      "caption{text-align:left;font-weight:600;padding-bottom:2px}",
      "th,td{border-bottom:1px solid #d0d0d0;padding:2px 10px 2px 0;text-align:left}",
      "td:nth-child(3){font-variant-numeric:tabular-nums}",
      "article.plan{border:1px solid #c8c8c8;border-radius:6px;padding:10px 14px;margin:14px 0}",
      ".charts{display:flex;flex-wrap:wrap;gap:8px 24px}",
      ".findings li,.recommendations li{margin:.2em 0}",
      ".gain{font-weight:600;white-space:nowrap}",
      "footer{border-top:1px solid #d0d0d0;margin-top:2em;font-size:.9em}",
      "@page{size:A4;margin:14mm}",
      "@media print{body{max-width:none;padding:0;font-size:10.5pt}"
          + "section.school+section.school{break-before:page}"
          + "article.plan{break-inside:avoid}figure{break-inside:avoid}}",
      "");

  private Style() {}
}
