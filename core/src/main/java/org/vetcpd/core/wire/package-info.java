/**
 * The wire format declared once, and the one streaming reader driven by the declaration: for
 * vetcpd's own modules (the package is exported only to them), not for users.
 *
 * <p>Each JSON object type is a {@link org.vetcpd.core.wire.WireType} of {@link
 * org.vetcpd.core.wire.WireField}s ({@link org.vetcpd.core.wire.DatasetWire} declares the data
 * set); the {@link org.vetcpd.core.wire.WireReader} reads any declared type from Jackson's token
 * stream, and the writers' field order, the CSV columns, the JSON Schema and the field tables of
 * the documentation are derived from the same declarations.
 *
 * <p><b>API stability: experimental.</b> Internal to vetcpd: it may change in any release.
 */
package org.vetcpd.core.wire;
