/**
 * vetcpd-core: the immutable, validated domain of VET teachers' continuing professional development
 * and its strict JSON format.
 */
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

  opens org.vetcpd.core to com.fasterxml.jackson.databind;
  opens org.vetcpd.core.json to com.fasterxml.jackson.databind;
}
