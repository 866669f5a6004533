/**
 * What vetcpd's own modules share and users need not see (exported only to vetcpd's modules): the
 * Immutables style.
 */
package org.vetcpd.core.internal;
