package org.vetcpd.core.wire;

/** The JSON shape of a declared field: what the reader accepts and the schema states. */
public enum WireKind {
  /** A JSON string. */
  STRING,
  /** A finite JSON number. */
  NUMBER,
  /** A JSON number that is whole and in {@code int} range. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A string naming an enum constant exactly. */
  ENUM,
  /** An array of distinct strings. */
  STRING_SET,
  /** An array of distinct enum constants. */
  ENUM_SET,
  /** An object whose keys are enum constants and whose values are finite numbers. */
  ENUM_NUMBER_MAP,
  /** An object whose keys and values are enum constants. */
  ENUM_ENUM_MAP,
  /** An object whose keys are strings (from a fixed list, if given) and values finite numbers. */
  STRING_NUMBER_MAP,
  /** An array of strings, repeats allowed, in order. */
  STRING_LIST,
  /** An object of a declared type. */
  OBJECT,
  /** An array of objects of a declared type. */
  OBJECT_LIST
}
