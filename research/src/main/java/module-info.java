/**
 * vetcpd-research: cohort tables, CSV import and export, aggregates and rubric sensitivity for
 * researchers, built on vetcpd-rules.
 */
module org.vetcpd.research {
  requires transitive org.vetcpd.rules;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.vetcpd.research;

  opens org.vetcpd.research to com.fasterxml.jackson.databind;
}
