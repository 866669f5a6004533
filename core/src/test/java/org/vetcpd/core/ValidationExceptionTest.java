package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** A {@link ValidationException} serialises with its problems, as its Javadoc says. */
class ValidationExceptionTest {
  @Test
  void serialisesWithItsProblems() throws IOException, ClassNotFoundException {
    ValidationException e = new ValidationException(ImmutableList.of(
        new Problem("plans[3].items[0].hours", "must be > 0, was -2"), new Problem("", "root")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ValidationException back = (ValidationException) in.readObject();
      assertThat(back.problems()).isEqualTo(e.problems());
      assertThat(back.getMessage()).isEqualTo(e.getMessage());
    }
  }
}
