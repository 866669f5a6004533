/**
 * vetcpd-report: a self-contained HTML report of scored CPD plans for school leaders (see {@link
 * org.vetcpd.report.HtmlReport}).
 */
module org.vetcpd.report {
  requires transitive org.vetcpd.rules;
  requires org.jsoup;

  exports org.vetcpd.report;
}
