/**
 * vetcpd-planner: the best CPD plan a school can afford for a teacher, a department's plans under
 * a shared budget, and the smallest set of edits that lifts a plan into a band.
 */
module org.vetcpd.planner {
  requires transitive org.vetcpd.rules;

  exports org.vetcpd.planner;

  opens org.vetcpd.planner to com.fasterxml.jackson.databind;
}
