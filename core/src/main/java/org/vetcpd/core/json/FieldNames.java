package org.vetcpd.core.json;

import com.google.common.collect.ImmutableSet;

/**
 * The names of the fields an object may have, looked up by hash and listed, in the order given,
 * in the message for an unknown field. Readers keep one per object kind rather than build it for
 * every object read.
 */
final class FieldNames {
  private final ImmutableSet<String> names;
  private final String list;

  private FieldNames(String... names) {
    this.names = ImmutableSet.copyOf(names);
    this.list = String.join(", ", names);
  }

  static FieldNames of(String... names) {
    return new FieldNames(names);
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  /** The names, comma-separated, as given. */
  @Override
  public String toString() {
    return list;
  }
}
