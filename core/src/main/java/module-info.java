/**
 * vetcpd-core: the immutable, validated domain of VET teachers' continuing professional development
 * and its strict JSON format.
 */
@SuppressWarnings("module") // the modules of the qualified export are not built yet
module org.vetcpd.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.vetcpd.core;
  exports org.vetcpd.core.json;
  // the wire format's declaration and reader: for vetcpd's own modules, not for users
  exports org.vetcpd.core.wire to org.vetcpd.rules, org.vetcpd.research;
  exports org.vetcpd.core.internal to org.vetcpd.rules, org.vetcpd.research, org.vetcpd.report;

  opens org.vetcpd.core to com.fasterxml.jackson.databind;
  opens org.vetcpd.core.json to com.fasterxml.jackson.databind;
}
