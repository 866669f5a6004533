/**
 * Test support published in vetcpd-core's test-jar: {@link
 * org.vetcpd.core.testing.DomainArbitraries}, jqwik arbitraries for every value type of the
 * domain and for whole valid data sets, for the property tests of core and of the modules built
 * on it (rules, research).
 *
 * <p>Use from another module's tests with the dependency {@code org.vetcpd:vetcpd-core} of type
 * {@code test-jar}, scope {@code test}:
 *
 * <pre>{@code
 * @Provide Arbitrary<Dataset> datasets() { return DomainArbitraries.datasets(); }
 *
 * @Property void scoreIsAPercentage(@ForAll("datasets") Dataset ds) { ... }
 * }</pre>
 */
package org.vetcpd.core.testing;
