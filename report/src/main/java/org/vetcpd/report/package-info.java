/**
 * The HTML report for school leaders: {@link org.vetcpd.report.HtmlReport} renders scored plans as
 * one self-contained HTML file (inline CSS and SVG, no script, nothing loaded from anywhere).
 *
 * <p><b>API stability: experimental.</b> New in this release; its API may still change.
 */
package org.vetcpd.report;
