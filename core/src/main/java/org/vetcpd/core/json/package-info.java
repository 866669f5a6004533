/**
 * The strict JSON format of vetcpd data sets, plan streams and any library value: {@link
 * org.vetcpd.core.json.VetcpdJson} reads and writes, with the {@link
 * org.vetcpd.core.json.JsonOptions} given.
 *
 * <p>Reading is strict by default and never half-succeeds: unknown fields, unknown enum constants,
 * wrong types, nulls, duplicate keys, trailing content, duplicate ids and dangling references are
 * all problems, every one of which is collected and thrown at once in a {@link
 * org.vetcpd.core.ValidationException}.
 *
 * <p><b>API stability: stable.</b> The public types and methods of this package are vetcpd's
 * published API: a release changes them only compatibly (new types and methods, never a removed
 * or changed signature), and the release build checks that against the previous release
 * (japicmp, {@code -Prelease}).
 */
@ValueStyle
package org.vetcpd.core.json;

import org.vetcpd.core.internal.ValueStyle;
