/**
 * The domain of vetcpd: VET teachers, their CPD activities and plans, the drivers that pull CPD,
 * schools and programmes, gathered in a {@link org.vetcpd.core.Dataset}.
 *
 * <p>The concepts are those of the research in seed 000 (Ballangrud and Nilsen, "VET teachers'
 * continuing professional development: the responsibility of the school leader"): the four
 * {@link org.vetcpd.core.CompetenceArea competence areas}, the {@link
 * org.vetcpd.core.KnowledgeCategory knowledge categories}, external {@link
 * org.vetcpd.core.DriverKind drivers}, and the leader's facilitation of CPD.
 *
 * <p>Every value type is immutable, rejects null, is validated when built (a bad value never
 * exists; a {@link org.vetcpd.core.ValidationException} lists every problem with its path), is
 * equal by value and safe to share between threads. Value types are built with {@code
 * Type.builder()...build()} and copied with {@code with...} methods; the abstract {@code Abstract*}
 * classes define them and are not meant to be used directly.
 *
 * <p><b>API stability: stable.</b> The public types and methods of this package are vetcpd's
 * published API: a release changes them only compatibly (new types and methods, never a removed
 * or changed signature), and the release build checks that against the previous release
 * (japicmp, {@code -Prelease}).
 */
@ValueStyle
package org.vetcpd.core;

import org.vetcpd.core.internal.ValueStyle;
