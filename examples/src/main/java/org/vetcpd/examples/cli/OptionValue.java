package org.vetcpd.examples.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Where picocli puts the value of an option or parameter declared in code ({@link CodedOptions}):
 * it is both the option's setter and its getter, so that picocli sets it while parsing and reads
 * it back (for {@code ${DEFAULT-VALUE}}, {@code ParseResult}, {@link OutputOptions#provenance()})
 * as it would an annotated field. Not thread-safe: one command line is parsed on one thread.
 *
 * @param <T> the value's type
 */
public final class OptionValue<T> implements ISetter, IGetter {
  private T value;

  /** Creates the holder of an option's value, null until picocli sets it. */
  public OptionValue() {}

  /**
   * Returns the value picocli set: the option's value, its default, or its initial value.
   *
   * @return the value, or null
   */
  public T value() {
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get() {
    return (V) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V set(V newValue) {
    T old = value;
    value = (T) newValue;
    return (V) old;
  }
}
