/**
 * vetcpd-rules: the tailoring rubric, its ten criteria, the scorer and the explained report with
 * its recommendations.
 */
module org.vetcpd.rules {
  requires transitive org.vetcpd.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.vetcpd.rules;


  opens org.vetcpd.rules to com.fasterxml.jackson.databind;
}
