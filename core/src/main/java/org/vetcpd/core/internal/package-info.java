/**
 * What vetcpd's own modules share and users need not see (exported only to vetcpd's modules): the
 * Immutables style.
 *
 * <p><b>API stability: experimental.</b> Internal to vetcpd: it may change in any release.
 */
package org.vetcpd.core.internal;
