package org.vetcpd.rules;

import java.util.EnumMap;
import java.util.Map;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;

/** Small builders for the example tests. */
final class Fixtures {
  static final Programme RM = Programme.of("RM", "Restaurant and Food Processing");
  static final Programme TP = Programme.of("TP", "Technical and Industrial Production");

  private Fixtures() {}

  static CpdActivity.Builder activity(String id, ActivityType type, Contextualisation c,
      String... programmes) {
    return CpdActivity.builder().id(id).title(id).type(type).contextualisation(c)
        .addProgrammes(programmes);
  }

  static PlanItem item(String activity, double hours) {
    return PlanItem.of(activity, hours);
  }

  static PlanItem.Builder itemBuilder(String activity, double hours) {
    return PlanItem.builder().activity(activity).hours(hours);
  }

  static Map<CompetenceArea, NeedLevel> needs(NeedLevel voc, NeedLevel ind, NeedLevel ped,
      NeedLevel wc) {
    Map<CompetenceArea, NeedLevel> m = new EnumMap<>(CompetenceArea.class);
    m.put(CompetenceArea.VOCATIONAL, voc);
    m.put(CompetenceArea.INDUSTRY_COOPERATION, ind);
    m.put(CompetenceArea.PEDAGOGICAL, ped);
    m.put(CompetenceArea.WORKING_COMMUNITY, wc);
    return m;
  }
}
