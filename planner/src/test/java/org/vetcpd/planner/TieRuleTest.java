package org.vetcpd.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Programme;
import org.vetcpd.core.Teacher;

/**
 * The tie rule's last step on a catalogue of two equal activities (found by
 * PlanOptimizerProperties): with equal score, hours and cost, the list {@code (a0, 1 h), (a1, 1
 * h)} comes before {@code (a0, 2 h)}, so the planner may not set a1 aside as dominated by a0.
 */
class TieRuleTest {
  @Test
  void equalActivitiesAreNotPrunedWhenTheTieRuleDecides() {
    Dataset ds = Dataset.builder()
        .addProgrammes(Programme.builder().code("RM").name("Restaurant").build())
        .addTeachers(Teacher.builder().id("t0").programme("RM").build())
        .addActivities(activity("a0"), activity("a1"))
        .build();
    PlanConstraints c = PlanConstraints.builder().hours(2).step(1).keep("a0", 1).build();
    PlanResult r = PlanOptimizer.standard().optimize(ds, "t0", c);
    assertThat(r.optimal()).isTrue();
    assertThat(r.plan().items()).extracting(i -> i.activity() + " " + i.hours())
        .containsExactly("a0 1.0", "a1 1.0");
  }

  private static CpdActivity activity(String id) {
    return CpdActivity.builder().id(id).title("Activity " + id)
        .type(ActivityType.STUDENT_PLACEMENT_FOLLOW_UP)
        .contextualisation(Contextualisation.GENERIC).build();
  }
}
