package org.vetcpd.core.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.vetcpd.core.ActivityType;
import org.vetcpd.core.Barrier;
import org.vetcpd.core.CareerStyle;
import org.vetcpd.core.CompetenceArea;
import org.vetcpd.core.Contextualisation;
import org.vetcpd.core.CpdActivity;
import org.vetcpd.core.CpdPlan;
import org.vetcpd.core.Dataset;
import org.vetcpd.core.Department;
import org.vetcpd.core.Driver;
import org.vetcpd.core.DriverKind;
import org.vetcpd.core.DriverScope;
import org.vetcpd.core.Formality;
import org.vetcpd.core.Initiator;
import org.vetcpd.core.KnowledgeCategory;
import org.vetcpd.core.LeaderInvolvement;
import org.vetcpd.core.LeaderRole;
import org.vetcpd.core.NeedLevel;
import org.vetcpd.core.PlanItem;
import org.vetcpd.core.Programme;
import org.vetcpd.core.School;
import org.vetcpd.core.Scope;
import org.vetcpd.core.Teacher;

/**
 * jqwik arbitraries for every vetcpd value type and enum, and for whole valid {@link Dataset data
 * sets} whose references all resolve. Published in vetcpd-core's test-jar for the tests of the
 * modules built on core.
 *
 * <p>Three levels, to combine as a property needs:
 *
 * <ul>
 *   <li>free values: {@link #programmes()}, {@link #teachers()}, {@link #activities()}, {@link
 *       #drivers()}, {@link #plans()}, ... &mdash; valid on their own, their references (ids,
 *       programme codes) arbitrary;
 *   <li>values in a context: {@link #teachers(List, List)}, {@link #activities(List)}, {@link
 *       #drivers(List)}, {@link #plans(List, List, List)} and their {@code ...Lists} forms (ids
 *       unique in the list) &mdash; every reference taken from the given context, so that they
 *       can be assembled into a data set;
 *   <li>{@link #datasets()}: whole data sets, built with {@code flatMap} so that plans refer to
 *       teachers, activities and drivers that exist.
 * </ul>
 *
 * <p>Sizes are kept small (at most 4 programmes, 2 schools, 6 teachers, 10 activities, 4 drivers,
 * 8 plans of at most 5 items) so that properties over data sets stay fast. The generators are
 * weighted to reach the cases the scoring rules treat specially: empty plans, items whose activity
 * is designed for another programme, plans listing {@code drivers: []} or no drivers at all,
 * drivers of strength 0, teachers whose needs are all {@code NONE}, unknown years since industry
 * contact, declared barriers, activities with and without explicit areas, costs of 0 and above,
 * activities spanning 4 weeks or more, 0, 1 or several knowledge categories, and fractional hours
 * and years. {@code DatasetGeneratorProperties} checks that reach with jqwik's coverage
 * statistics.
 *
 * <p>Everything shrinks: lists toward shorter lists, numbers toward small whole numbers, texts
 * toward {@code "a"}. A data set shrinks toward one programme and nothing else, keeping its
 * references resolved: a generated entity carries small indices into its context (taken modulo
 * the context's size), not ids, so removing a teacher never leaves a plan pointing nowhere.
 *
 * <p>Every arbitrary here is built once and shared, so that jqwik builds its generator once; the
 * context forms ({@code teachers(programmes, schools)} ...) only {@code map} over them, and stay
 * cheap inside a {@code flatMap}. Prefer {@link #datasets()} (about 4 ms a data set) over
 * assembling data sets with nested {@code flatMap}s.
 *
 * <p>Ids in generated data sets are mostly readable ({@code t3}, {@code a12}) and sometimes
 * contain characters JSON must escape or that are not ASCII; they never contain {@code ?}, so
 * {@code "?" + anything} is an id no generated data set holds.
 */
public final class DomainArbitraries {
  /** The most programmes in a generated data set. */
  public static final int MAX_PROGRAMMES = 4;
  /** The most schools in a generated data set. */
  public static final int MAX_SCHOOLS = 2;
  /** The most teachers in a generated data set. */
  public static final int MAX_TEACHERS = 6;
  /** The most activities in a generated data set. */
  public static final int MAX_ACTIVITIES = 10;
  /** The most drivers in a generated data set. */
  public static final int MAX_DRIVERS = 4;
  /** The most plans in a generated data set. */
  public static final int MAX_PLANS = 8;
  /** The most items in a generated plan. */
  public static final int MAX_ITEMS = 5;

  private DomainArbitraries() {}

  // --- enums -----------------------------------------------------------------------------------

  /**
   * Returns any constant of an enum.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @return the constants, shrinking toward the first
   */
  public static <E extends Enum<E>> Arbitrary<E> constants(Class<E> type) {
    return Arbitraries.of(type);
  }

  /** @return any competence area */
  public static Arbitrary<CompetenceArea> competenceAreas() {
    return constants(CompetenceArea.class);
  }

  /** @return any knowledge category */
  public static Arbitrary<KnowledgeCategory> knowledgeCategories() {
    return constants(KnowledgeCategory.class);
  }

  /** @return any activity type */
  public static Arbitrary<ActivityType> activityTypes() {
    return constants(ActivityType.class);
  }

  /** @return any contextualisation */
  public static Arbitrary<Contextualisation> contextualisations() {
    return constants(Contextualisation.class);
  }

  /** @return any scope */
  public static Arbitrary<Scope> scopes() {
    return constants(Scope.class);
  }

  /** @return any initiator */
  public static Arbitrary<Initiator> initiators() {
    return constants(Initiator.class);
  }

  /** @return any formality */
  public static Arbitrary<Formality> formalities() {
    return constants(Formality.class);
  }

  /** @return any driver kind */
  public static Arbitrary<DriverKind> driverKinds() {
    return constants(DriverKind.class);
  }

  /** @return any driver scope */
  public static Arbitrary<DriverScope> driverScopes() {
    return constants(DriverScope.class);
  }

  /** @return any need level */
  public static Arbitrary<NeedLevel> needLevels() {
    return constants(NeedLevel.class);
  }

  /** @return any barrier */
  public static Arbitrary<Barrier> barriers() {
    return constants(Barrier.class);
  }

  /** @return any career style */
  public static Arbitrary<CareerStyle> careerStyles() {
    return constants(CareerStyle.class);
  }

  /** @return any leader involvement */
  public static Arbitrary<LeaderInvolvement> leaderInvolvements() {
    return constants(LeaderInvolvement.class);
  }

  /** @return any leader role */
  public static Arbitrary<LeaderRole> leaderRoles() {
    return constants(LeaderRole.class);
  }

  // --- scalars ---------------------------------------------------------------------------------

  /**
   * Returns valid one-line texts (names, titles), mostly short words, sometimes with characters
   * JSON must escape (quotes, backslashes), that are not ASCII, a line separator (U+2028), a
   * right-to-left mark (U+200F, allowed in text, not in ids) or a character outside the BMP.
   *
   * @return texts of 1 to 10 characters with at least one non-blank character and no control
   *     character
   */
  public static Arbitrary<String> texts() {
    return texts("\u200f");
  }

  /**
   * Returns valid descriptions: as {@link #texts()}, sometimes with TAB, LF or CR, the control
   * characters a description may hold.
   *
   * @return texts of 1 to 10 characters with at least one non-blank character
   */
  public static Arbitrary<String> descriptions() {
    return texts("\u200f\t\n\r");
  }

  /**
   * Returns valid identifier texts: as {@link #texts()} but without bidirectional controls.
   *
   * @return texts of 1 to 10 characters with at least one non-blank character
   */
  public static Arbitrary<String> codes() {
    return texts("");
  }

  private static Arbitrary<String> texts(String extra) {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> odd = Arbitraries.strings()
        .withCharRange('a', 'c')
        .withChars("-_ ./\"\\\u00a0\u00e6\u00f8\u00e5\u00e9\u4e2d\u2028" + extra)
        .ofMinLength(1).ofMaxLength(10)
        // a character that shows: no-break spaces and U+200F alone are blank
        .filter(s -> s.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
            || "-_./\"\\".indexOf(c) >= 0));
    Arbitrary<String> emoji = plain.map(s -> s + "\uD83D\uDE00");
    return Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(3, odd), Tuple.of(1, emoji));
  }

  /**
   * Returns texts that are blank: empty, or only white space, no-break spaces and characters that
   * show nothing.
   *
   * @return blank texts
   */
  public static Arbitrary<String> blankTexts() {
    return Arbitraries.of("", " ", "  ", "\t", "\n", " \r\n\t ", "\u2003", "\u00a0",
        "\u200b", " \ufeff\u00a0", "\u2800");
  }

  /**
   * Returns ids: mostly {@code prefix} and a small number ({@code t3}), sometimes any {@link
   * #texts() text}.
   *
   * @param prefix the prefix of the readable ids
   * @return non-blank ids
   */
  public static Arbitrary<String> ids(String prefix) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(1, 99).map(i -> prefix + i)),
        Tuple.of(1, codes()));
  }

  /**
   * Returns valid hours: whole hours, and fractions such as 7.5 or 0.25.
   *
   * @return finite numbers greater than 0, at most 200
   */
  public static Arbitrary<Double> hours() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 40).map(Integer::doubleValue),
        Arbitraries.doubles().between(0.01, 200).ofScale(2).filter(h -> h > 0));
  }

  /**
   * Returns valid years: whole and fractional, 0 included.
   *
   * @return finite numbers in [0, 40]
   */
  public static Arbitrary<Double> years() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40).map(Integer::doubleValue),
        Arbitraries.doubles().between(0, 40).ofScale(2));
  }

  /**
   * Returns years that are sometimes unknown.
   *
   * @return an empty optional about one time in four, else {@link #years()}
   */
  public static Arbitrary<OptionalDouble> optionalYears() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OptionalDouble.empty())),
        Tuple.of(3, years().map(OptionalDouble::of)));
  }

  /**
   * Returns valid driver strengths, 0 and 1 included and reached often.
   *
   * @return numbers in [0, 1]
   */
  public static Arbitrary<Double> strengths() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(4, Arbitraries.doubles().between(0, 1).ofScale(3)));
  }

  /**
   * Returns valid maps of weights over competence areas (for {@code areas} and {@code pulls}):
   * 1 to 4 areas, weights finite and non-negative, at least one positive, some zero.
   *
   * @return weight maps
   */
  public static Arbitrary<ImmutableMap<CompetenceArea, Double>> weights() {
    Arbitrary<Double> weight = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(2, Arbitraries.integers().between(1, 10).map(Integer::doubleValue)),
        Tuple.of(3, Arbitraries.doubles().between(0, 100).ofScale(3)));
    return Arbitraries.maps(competenceAreas(), weight).ofMinSize(1).ofMaxSize(4)
        .filter(m -> m.values().stream().anyMatch(w -> w > 0))
        .map(Maps::immutableEnumMap);
  }

  /**
   * Returns needs by area, one time in four all {@link NeedLevel#NONE} (or empty).
   *
   * @return needs maps, 0 to 4 areas
   */
  public static Arbitrary<Map<CompetenceArea, NeedLevel>> needs() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.maps(competenceAreas(), needLevels()).ofMaxSize(4)),
        Tuple.of(1, Arbitraries.maps(competenceAreas(), Arbitraries.just(NeedLevel.NONE))
            .ofMaxSize(4)));
  }

  // --- free values -----------------------------------------------------------------------------
  //
  // Every entity is generated once, with arbitrary references, from one shared arbitrary (so
  // that jqwik builds its generator once); an entity in a context keeps that shape and has its
  // references replaced by small indices into the context, taken modulo the context's size. No
  // arbitrary is created per generated value, which keeps generation fast and shrinking simple.

  /** @return any valid programme */
  public static Arbitrary<Programme> programmes() {
    return PROGRAMMES;
  }

  private static final Arbitrary<Programme> PROGRAMMES = Builders.withBuilder(Programme::builder)
      .use(ids("P")).in(Programme.Builder::code)
      .use(texts()).in(Programme.Builder::name)
      .use(texts()).withProbability(0.5).in(Programme.Builder::sector)
      .build(Programme.Builder::build);

  /**
   * Returns lists of programmes with unique codes, as a data set holds them.
   *
   * @return 1 to {@link #MAX_PROGRAMMES} programmes
   */
  public static Arbitrary<List<Programme>> programmeLists() {
    return PROGRAMME_LISTS;
  }

  private static final Arbitrary<List<Programme>> PROGRAMME_LISTS =
      PROGRAMMES.list().ofMinSize(1).ofMaxSize(MAX_PROGRAMMES).uniqueElements(Programme::code);

  /** Indices into a context's list; an empty set stands for "any" / "every". */
  private static final Arbitrary<Set<Integer>> REFS = Arbitraries.frequencyOf(
      Tuple.of(1, Arbitraries.just(Set.<Integer>of())),
      Tuple.of(1, Arbitraries.integers().between(0, 9).set().ofMinSize(1).ofMaxSize(2)));

  private record Shape<T>(T value, Set<Integer> refs, int ref) {}

  private static final Arbitrary<Shape<Department>> DEPARTMENTS = Combinators.combine(
          Builders.withBuilder(Department::builder)
              .use(ids("d")).in(Department.Builder::id)
              .use(texts()).in(Department.Builder::name)
              .use(ids("P").set().ofMaxSize(2)).in(Department.Builder::programmes)
              .build(Department.Builder::build),
          REFS)
      .as((d, refs) -> new Shape<>(d, refs, 0));

  /** @return any valid department, its programme codes arbitrary */
  public static Arbitrary<Department> departments() {
    return DEPARTMENTS.map(Shape::value);
  }

  /**
   * Returns departments whose programmes are codes of the given programmes.
   *
   * @param programmes the programmes a department may teach, at least one
   * @return valid departments
   */
  public static Arbitrary<Department> departments(List<Programme> programmes) {
    return DEPARTMENTS.map(s -> department(s, programmes));
  }

  private static Department department(Shape<Department> s, List<Programme> programmes) {
    return s.value().withProgrammes(codes(s.refs(), programmes));
  }

  private record SchoolShape(School value, List<Shape<Department>> departments) {}

  private static final Arbitrary<SchoolShape> SCHOOLS = Combinators.combine(
          Builders.withBuilder(School::builder)
              .use(ids("s")).in(School.Builder::id)
              .use(texts()).in(School.Builder::name)
              .use(texts()).withProbability(0.3).in(School.Builder::region)
              .build(School.Builder::build),
          DEPARTMENTS.list().ofMaxSize(3).uniqueElements(d -> d.value().id()))
      .as((school, departments) -> new SchoolShape(
          school.withDepartments(departments.stream().map(Shape::value).toList()), departments));

  /** @return any valid school, its departments' programme codes arbitrary */
  public static Arbitrary<School> schools() {
    return SCHOOLS.map(SchoolShape::value);
  }

  /**
   * Returns schools whose departments teach the given programmes.
   *
   * @param programmes the programmes departments may teach, at least one
   * @return valid schools, 0 to 3 departments with unique ids
   */
  public static Arbitrary<School> schools(List<Programme> programmes) {
    return SCHOOLS.map(s -> school(s, programmes));
  }

  private static School school(SchoolShape s, List<Programme> programmes) {
    return s.value().withDepartments(
        s.departments().stream().map(d -> department(d, programmes)).toList());
  }

  private static final Arbitrary<List<SchoolShape>> SCHOOL_LISTS =
      SCHOOLS.list().ofMaxSize(MAX_SCHOOLS).uniqueElements(s -> s.value().id());

  /**
   * Returns lists of schools with unique ids.
   *
   * @param programmes the programmes departments may teach, at least one
   * @return 0 to {@link #MAX_SCHOOLS} schools
   */
  public static Arbitrary<List<School>> schoolLists(List<Programme> programmes) {
    return SCHOOL_LISTS.map(list -> list.stream().map(s -> school(s, programmes)).toList());
  }

  private static final Arbitrary<Shape<Teacher>> TEACHERS = Combinators.combine(
          Builders.withBuilder(Teacher::builder)
              .use(ids("t")).in(Teacher.Builder::id)
              .use(ids("P")).in(Teacher.Builder::programme)
              .use(ids("s")).withProbability(0.5).in(Teacher.Builder::school)
              .use(ids("d")).withProbability(0.3).in(Teacher.Builder::department)
              .use(optionalYears()).in(Teacher.Builder::yearsInIndustry)
              .use(optionalYears()).in(Teacher.Builder::yearsTeaching)
              .use(optionalYears()).in(Teacher.Builder::yearsSinceIndustryContact)
              .use(needs()).in(Teacher.Builder::needs)
              .use(Arbitraries.frequencyOf(
                  Tuple.of(1, Arbitraries.just(Set.<Barrier>of())),
                  Tuple.of(1, barriers().set().ofMinSize(1).ofMaxSize(3))))
              .in(Teacher.Builder::barriers)
              .use(careerStyles()).withProbability(0.5).in(Teacher.Builder::careerStyle)
              .build(Teacher.Builder::build),
          Arbitraries.integers().between(0, 9),
          Arbitraries.integers().between(0, 9))
      .as((t, programme, placement) -> new Shape<>(t, Set.of(programme), placement));

  /** @return any valid teacher, its programme, school and department ids arbitrary */
  public static Arbitrary<Teacher> teachers() {
    return TEACHERS.map(Shape::value);
  }

  /**
   * Returns teachers of the given programmes, without school.
   *
   * @param programmes the programmes, at least one
   * @return valid teachers
   */
  public static Arbitrary<Teacher> teachers(List<Programme> programmes) {
    return teachers(programmes, List.of());
  }

  /**
   * Returns teachers of the given programmes, in one of the given schools (and possibly one of
   * its departments) or in none.
   *
   * @param programmes the programmes, at least one
   * @param schools the schools, possibly none
   * @return valid teachers whose references resolve in a data set of these programmes and schools
   */
  public static Arbitrary<Teacher> teachers(List<Programme> programmes, List<School> schools) {
    List<String[]> placements = placements(schools);
    return TEACHERS.map(s -> teacher(s, programmes, placements));
  }

  private static Teacher teacher(
      Shape<Teacher> s, List<Programme> programmes, List<String[]> placements) {
    int p = s.refs().iterator().next();
    String[] place = placements.get(s.ref() % placements.size());
    return s.value()
        .withProgramme(programmes.get(p % programmes.size()).code())
        .withSchool(Optional.ofNullable(place[0]))
        .withDepartment(Optional.ofNullable(place[1]));
  }

  private static final Arbitrary<List<Shape<Teacher>>> TEACHER_LISTS =
      TEACHERS.list().ofMaxSize(MAX_TEACHERS).uniqueElements(s -> s.value().id());

  /**
   * Returns lists of teachers with unique ids.
   *
   * @param programmes the programmes, at least one
   * @param schools the schools, possibly none
   * @return 0 to {@link #MAX_TEACHERS} teachers
   */
  public static Arbitrary<List<Teacher>> teacherLists(
      List<Programme> programmes, List<School> schools) {
    List<String[]> placements = placements(schools);
    return TEACHER_LISTS.map(
        list -> list.stream().map(s -> teacher(s, programmes, placements)).toList());
  }

  private static final Arbitrary<Shape<CpdActivity>> ACTIVITIES = Combinators.combine(
          Builders.withBuilder(CpdActivity::builder)
              .use(ids("a")).in(CpdActivity.Builder::id)
              .use(texts()).in(CpdActivity.Builder::title)
              .use(activityTypes()).in(CpdActivity.Builder::type)
              .use(weights()).withProbability(0.5).in(CpdActivity.Builder::areas)
              .use(Arbitraries.frequencyOf(
                  Tuple.of(1, Arbitraries.just(Set.<KnowledgeCategory>of())),
                  Tuple.of(1, knowledgeCategories().set().ofSize(1)),
                  Tuple.of(2, knowledgeCategories().set().ofMinSize(2).ofMaxSize(4))))
              .in(CpdActivity.Builder::knowledge)
              .use(contextualisations()).in(CpdActivity.Builder::contextualisation)
              .use(ids("P").set().ofMaxSize(2)).in(CpdActivity.Builder::programmes)
              .use(scopes()).withProbability(0.4).in(CpdActivity.Builder::scope)
              .use(initiators()).withProbability(0.4).in(CpdActivity.Builder::initiator)
              .use(formalities()).withProbability(0.4).in(CpdActivity.Builder::formality)
              .use(Arbitraries.of(true, false)).withProbability(0.4)
              .in(CpdActivity.Builder::industryContact)
              .use(Arbitraries.of(true, false)).withProbability(0.4)
              .in(CpdActivity.Builder::requiresSubstitute)
              .use(Arbitraries.frequencyOf(
                  Tuple.of(2, Arbitraries.integers().between(1, 3)),
                  Tuple.of(1, Arbitraries.integers().between(4, 52))))
              .withProbability(0.7).in(CpdActivity.Builder::spanWeeks)
              .use(Arbitraries.frequencyOf(
                  Tuple.of(1, Arbitraries.just(0.0)),
                  Tuple.of(1, Arbitraries.doubles().between(0, 2000).ofScale(2))))
              .withProbability(0.7).in(CpdActivity.Builder::costPerHour)
              .use(texts()).withProbability(0.3).in(CpdActivity.Builder::provider)
              .use(descriptions()).withProbability(0.3).in(CpdActivity.Builder::description)
              .build(CpdActivity.Builder::build),
          REFS)
      .as((a, refs) -> new Shape<>(a, refs, 0));

  /** @return any valid activity, its programme codes arbitrary */
  public static Arbitrary<CpdActivity> activities() {
    return ACTIVITIES.map(Shape::value);
  }

  /**
   * Returns activities designed for any programme (one time in two), or for some of the given
   * ones.
   *
   * @param programmes the programmes an activity may be designed for, at least one
   * @return valid activities
   */
  public static Arbitrary<CpdActivity> activities(List<Programme> programmes) {
    return ACTIVITIES.map(s -> s.value().withProgrammes(codes(s.refs(), programmes)));
  }

  /**
   * Returns lists of activities with unique ids.
   *
   * @param programmes the programmes an activity may be designed for, at least one
   * @return 0 to {@link #MAX_ACTIVITIES} activities
   */
  public static Arbitrary<List<CpdActivity>> activityLists(List<Programme> programmes) {
    return ACTIVITY_LISTS.map(list -> list.stream()
        .map(s -> s.value().withProgrammes(codes(s.refs(), programmes))).toList());
  }

  private static final Arbitrary<List<Shape<CpdActivity>>> ACTIVITY_LISTS =
      ACTIVITIES.list().ofMaxSize(MAX_ACTIVITIES).uniqueElements(s -> s.value().id());

  private static final Arbitrary<Shape<Driver>> DRIVERS = Combinators.combine(
          Builders.withBuilder(Driver::builder)
              .use(ids("k")).in(Driver.Builder::id)
              .use(driverKinds()).in(Driver.Builder::kind)
              .use(driverScopes()).withProbability(0.4).in(Driver.Builder::scope)
              .use(strengths()).in(Driver.Builder::strength)
              .use(weights()).withProbability(0.5).in(Driver.Builder::pulls)
              .use(ids("P").set().ofMaxSize(2)).in(Driver.Builder::programmes)
              .use(descriptions()).withProbability(0.3).in(Driver.Builder::description)
              .build(Driver.Builder::build),
          REFS)
      .as((d, refs) -> new Shape<>(d, refs, 0));

  /** @return any valid driver, its programme codes arbitrary */
  public static Arbitrary<Driver> drivers() {
    return DRIVERS.map(Shape::value);
  }

  /**
   * Returns drivers concerning every programme (one time in two), or some of the given ones.
   *
   * @param programmes the programmes a driver may concern, at least one
   * @return valid drivers
   */
  public static Arbitrary<Driver> drivers(List<Programme> programmes) {
    return DRIVERS.map(s -> s.value().withProgrammes(codes(s.refs(), programmes)));
  }

  private static final Arbitrary<List<Shape<Driver>>> DRIVER_LISTS =
      DRIVERS.list().ofMaxSize(MAX_DRIVERS).uniqueElements(s -> s.value().id());

  /**
   * Returns lists of drivers with unique ids.
   *
   * @param programmes the programmes a driver may concern, at least one
   * @return 0 to {@link #MAX_DRIVERS} drivers
   */
  public static Arbitrary<List<Driver>> driverLists(List<Programme> programmes) {
    return DRIVER_LISTS.map(list -> list.stream()
        .map(s -> s.value().withProgrammes(codes(s.refs(), programmes))).toList());
  }

  private static final Arbitrary<Shape<PlanItem>> ITEMS = Combinators.combine(
          Builders.withBuilder(PlanItem::builder)
              .use(ids("a")).in(PlanItem.Builder::activity)
              .use(hours()).in(PlanItem.Builder::hours)
              .use(Arbitraries.of(true, false)).withProbability(0.7)
              .in(PlanItem.Builder::timeAllocated)
              .use(Arbitraries.of(true, false)).withProbability(0.7)
              .in(PlanItem.Builder::substituteFunded)
              .use(Arbitraries.of(true, false)).withProbability(0.7)
              .in(PlanItem.Builder::costFunded)
              .build(PlanItem.Builder::build),
          Arbitraries.integers().between(0, 9))
      .as((item, activity) -> new Shape<>(item, Set.of(), activity));

  /** @return any valid plan item, its activity id arbitrary */
  public static Arbitrary<PlanItem> planItems() {
    return ITEMS.map(Shape::value);
  }

  /**
   * Returns plan items of the given activities.
   *
   * @param activities the activities, at least one
   * @return valid items
   */
  public static Arbitrary<PlanItem> planItems(List<CpdActivity> activities) {
    return ITEMS.map(s -> item(s, activities));
  }

  private static PlanItem item(Shape<PlanItem> s, List<CpdActivity> activities) {
    return s.value().withActivity(activities.get(s.ref() % activities.size()).id());
  }

  /** The plan's items and its drivers: {@code ref} 0 absent, 1 {@code []}, 2 the listed refs. */
  private record PlanShape(CpdPlan value, List<Shape<PlanItem>> items, Set<Integer> drivers,
      int driversMode, int teacher) {}

  private static final Arbitrary<PlanShape> PLANS = Combinators.combine(
          Builders.withBuilder(CpdPlan::builder)
              .use(ids("p")).in(CpdPlan.Builder::id)
              .use(ids("t")).in(CpdPlan.Builder::teacher)
              .use(Arbitraries.oneOf(
                  Arbitraries.integers().between(2020, 2030).map(y -> y + "/" + (y - 1999)),
                  texts()))
              .withProbability(0.5).in(CpdPlan.Builder::period)
              .use(leaderInvolvements()).in(CpdPlan.Builder::leaderInvolvement)
              .use(leaderRoles()).withProbability(0.5).in(CpdPlan.Builder::facilitator)
              .build(CpdPlan.Builder::build),
          Arbitraries.frequencyOf(
              Tuple.of(1, Arbitraries.just(List.<Shape<PlanItem>>of())),
              Tuple.of(5, ITEMS.list().ofMinSize(1).ofMaxSize(MAX_ITEMS))),
          Arbitraries.integers().between(0, 9).set().ofMinSize(1).ofMaxSize(3),
          Arbitraries.frequencyOf(
              Tuple.of(2, Arbitraries.just(0)),
              Tuple.of(1, Arbitraries.just(1)),
              Tuple.of(2, Arbitraries.just(2))),
          Arbitraries.integers().between(0, 9))
      .as(PlanShape::new);

  /** @return any valid plan, its teacher, activity and driver ids arbitrary */
  public static Arbitrary<CpdPlan> plans() {
    return PLANS.map(s -> s.value()
        .withItems(s.items().stream().map(Shape::value).toList())
        .withDrivers(switch (s.driversMode()) {
          case 0 -> Optional.empty();
          case 1 -> Optional.of(ImmutableSet.of());
          default -> Optional.of(ImmutableSet.copyOf(
              s.drivers().stream().map(i -> "k" + i).toList()));
        }));
  }

  /**
   * Returns plans of the given teachers, whose items are of the given activities and whose
   * {@code drivers} (absent, {@code []} or some of them) are among the given drivers.
   *
   * @param teachers the teachers, at least one
   * @param activities the activities; if none, every plan is empty
   * @param drivers the drivers, possibly none
   * @return valid plans whose references resolve in a data set of these values
   */
  public static Arbitrary<CpdPlan> plans(
      List<Teacher> teachers, List<CpdActivity> activities, List<Driver> drivers) {
    return PLANS.map(s -> plan(s, teachers, activities, drivers));
  }

  /**
   * Returns further plans for a data set: of its teachers, activities and drivers (so that a
   * property can score a fresh plan against a generated catalogue). Their ids may repeat those of
   * the data set's own plans.
   *
   * @param ds a data set with at least one teacher
   * @return valid plans whose references resolve in {@code ds}
   */
  public static Arbitrary<CpdPlan> plans(Dataset ds) {
    return plans(ds.teachers(), ds.activities(), ds.drivers());
  }

  private static CpdPlan plan(PlanShape s,
      List<Teacher> teachers, List<CpdActivity> activities, List<Driver> drivers) {
    List<PlanItem> items = activities.isEmpty()
        ? List.of()
        : s.items().stream().map(i -> item(i, activities)).toList();
    Optional<ImmutableSet<String>> listed;
    if (s.driversMode() == 0) {
      listed = Optional.empty();
    } else if (s.driversMode() == 1 || drivers.isEmpty()) {
      listed = Optional.of(ImmutableSet.of());
    } else {
      listed = Optional.of(ImmutableSet.copyOf(s.drivers().stream()
          .map(i -> drivers.get(i % drivers.size()).id()).toList()));
    }
    return s.value()
        .withTeacher(teachers.get(s.teacher() % teachers.size()).id())
        .withItems(items)
        .withDrivers(listed);
  }

  private static final Arbitrary<List<PlanShape>> PLAN_LISTS =
      PLANS.list().ofMaxSize(MAX_PLANS).uniqueElements(s -> s.value().id());

  /**
   * Returns lists of plans with unique ids.
   *
   * @param teachers the teachers; if none, every list is empty
   * @param activities the activities
   * @param drivers the drivers
   * @return 0 to {@link #MAX_PLANS} plans
   */
  public static Arbitrary<List<CpdPlan>> planLists(
      List<Teacher> teachers, List<CpdActivity> activities, List<Driver> drivers) {
    return PLAN_LISTS.map(list -> planList(list, teachers, activities, drivers));
  }

  private static List<CpdPlan> planList(List<PlanShape> shapes,
      List<Teacher> teachers, List<CpdActivity> activities, List<Driver> drivers) {
    if (teachers.isEmpty()) {
      return List.of();
    }
    return shapes.stream().map(s -> plan(s, teachers, activities, drivers)).toList();
  }

  // --- data sets -------------------------------------------------------------------------------

  /**
   * Returns valid data sets: unique ids in every list, every reference resolving.
   *
   * @return small data sets, shrinking toward one programme and nothing else
   */
  public static Arbitrary<Dataset> datasets() {
    return DATASETS;
  }

  private static final Arbitrary<Dataset> DATASETS = Combinators.combine(
          PROGRAMME_LISTS, SCHOOL_LISTS, TEACHER_LISTS, ACTIVITY_LISTS, DRIVER_LISTS, PLAN_LISTS)
      .as(DomainArbitraries::dataset);

  /**
   * Returns valid data sets that hold at least one of everything: a school with a department, a
   * teacher, an activity, a driver and a plan with items. For properties that edit some part of a
   * data set and must find one.
   *
   * @return data sets with every kind of value
   */
  public static Arbitrary<Dataset> datasetsWithEveryKind() {
    return FULL_DATASETS;
  }

  private static final Arbitrary<Dataset> FULL_DATASETS = Combinators.combine(
          PROGRAMME_LISTS,
          SCHOOLS.filter(s -> !s.departments().isEmpty()).list().ofMinSize(1)
              .ofMaxSize(MAX_SCHOOLS).uniqueElements(s -> s.value().id()),
          TEACHERS.list().ofMinSize(1).ofMaxSize(MAX_TEACHERS)
              .uniqueElements(s -> s.value().id()),
          ACTIVITIES.list().ofMinSize(1).ofMaxSize(MAX_ACTIVITIES)
              .uniqueElements(s -> s.value().id()),
          DRIVERS.list().ofMinSize(1).ofMaxSize(MAX_DRIVERS).uniqueElements(s -> s.value().id()),
          PLANS.list().ofMinSize(1).ofMaxSize(MAX_PLANS).uniqueElements(s -> s.value().id()))
      .as(DomainArbitraries::dataset)
      .filter(ds -> ds.plans().stream().anyMatch(p -> !p.items().isEmpty()));

  private static Dataset dataset(List<Programme> programmes, List<SchoolShape> schoolShapes,
      List<Shape<Teacher>> teacherShapes, List<Shape<CpdActivity>> activityShapes,
      List<Shape<Driver>> driverShapes, List<PlanShape> planShapes) {
    List<School> schools =
        schoolShapes.stream().map(s -> school(s, programmes)).toList();
    List<String[]> placements = placements(schools);
    List<Teacher> teachers = teacherShapes.stream()
        .map(s -> teacher(s, programmes, placements)).toList();
    List<CpdActivity> activities = activityShapes.stream()
        .map(s -> s.value().withProgrammes(codes(s.refs(), programmes))).toList();
    List<Driver> drivers = driverShapes.stream()
        .map(s -> s.value().withProgrammes(codes(s.refs(), programmes))).toList();
    return Dataset.builder()
        .programmes(programmes)
        .schools(schools)
        .teachers(teachers)
        .activities(activities)
        .drivers(drivers)
        .plans(planList(planShapes, teachers, activities, drivers))
        .build();
  }

  /**
   * Returns valid data sets with at least one plan (and so at least one teacher).
   *
   * @return data sets with plans
   */
  public static Arbitrary<Dataset> datasetsWithPlans() {
    return DATASETS.filter(ds -> !ds.plans().isEmpty());
  }

  // ---------------------------------------------------------------------------------------------

  /** The codes of the programmes at the given indices (modulo their number), in index order. */
  private static List<String> codes(Set<Integer> refs, List<Programme> programmes) {
    Set<String> codes = new LinkedHashSet<>();
    refs.stream().sorted()
        .forEach(i -> codes.add(programmes.get(i % programmes.size()).code()));
    return List.copyOf(codes);
  }

  /** {school, department} pairs, either or both null: no school, a school, a department of it. */
  private static List<String[]> placements(List<School> schools) {
    List<String[]> options = new ArrayList<>();
    options.add(new String[] {null, null});
    for (School s : schools) {
      options.add(new String[] {s.id(), null});
      for (Department d : s.departments()) {
        options.add(new String[] {s.id(), d.id()});
      }
    }
    return options;
  }
}
