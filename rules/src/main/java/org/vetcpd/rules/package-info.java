/**
 * How tailored a VET teacher's CPD plan is to the teacher's vocational needs: the {@link
 * org.vetcpd.rules.Rubric}, the {@link org.vetcpd.rules.TailoringScorer} and its explained {@link
 * org.vetcpd.rules.TailoringReport}.
 *
 * <p>The rubric encodes seed 000 (Ballangrud and Nilsen): external drivers pull CPD toward
 * collective, generic, one-size-fits-all school projects, while the vocational knowledge of VET
 * teachers is renewed mainly through contact with industry. Ten criteria, each a value in [0, 1]
 * or <em>not assessed</em>, are combined into a weighted score from 0 to 100 and a {@link
 * org.vetcpd.rules.Band}; the report names the evidence behind each value, a finding in plain
 * words where a value is low, and concrete edits to the plan ranked by the score the edited plan
 * really gets.
 *
 * <p>Start with {@code TailoringScorer.standard().scoreAll(dataset)}.
 *
 * <p><b>API stability: stable.</b> The public types and methods of this package are vetcpd's
 * published API: a release changes them only compatibly (new types and methods, never a removed
 * or changed signature), and the release build checks that against the previous release
 * (japicmp, {@code -Prelease}).
 */
@ValueStyle
package org.vetcpd.rules;

import org.vetcpd.core.internal.ValueStyle;
