package org.vetcpd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.vetcpd.core.internal.QuietChecks;
import org.vetcpd.core.json.VetcpdJson;

/**
 * A {@link ValidationException} serialises with its problems, as its Javadoc says; its message
 * lists them; it has a stack trace except while a reader catches it.
 */
class ValidationExceptionTest {
  @Test
  void messageListsEveryProblem() {
    ValidationException e = new ValidationException(ImmutableList.of(
        new Problem("plans[3].items[0].hours", "must be > 0, was -2"), new Problem("", "root")));
    assertThat(e.getMessage())
        .isEqualTo("2 problems:\n  plans[3].items[0].hours: must be > 0, was -2\n  root");
    assertThat(e).hasMessage(e.getMessage());
  }

  @Test
  void hasAStackTraceOutsideAReadAndNoneInside() {
    assertThatThrownBy(() -> PlanItem.builder().activity("a").hours(-2).build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getStackTrace()).isNotEmpty());
    int[] outer = QuietChecks.begin();
    int[] inner = QuietChecks.begin();
    try {
      QuietChecks.end(inner);
      // marks nest: the outer read is still on
      assertThatThrownBy(() -> PlanItem.builder().activity("a").hours(-2).build())
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.getStackTrace()).isEmpty());
    } finally {
      QuietChecks.end(outer);
    }
    assertThat(QuietChecks.active()).isFalse();
    // a reader's thread is unmarked once the read is over, whatever its outcome, and the
    // exception the reader throws to its caller has its stack trace
    assertThatThrownBy(() -> VetcpdJson.parseDataset("{\"formatVersion\": 1, \"plans\": 3}"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getStackTrace()).isNotEmpty());
    assertThat(QuietChecks.active()).isFalse();
  }

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
