package org.vetcpd.research;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vetcpd.rules.RubricRef;

/**
 * The codebook of the CSV files vetcpd writes: a Frictionless Data Package descriptor, {@value
 * #FILE}, beside them, with a Table Schema per file (each column's name, type, description, unit
 * and allowed values; {@code missingValues: [""]}, as an empty cell means "not recorded" or "not
 * assessed") and the provenance of the tables in its {@code vetcpd} property ({@link Provenance}:
 * rubric id, version and fingerprint, vetcpd's version and commit, command line, input files'
 * SHA-256, seed, draws and concentration of a sensitivity analysis, and whether cells from data
 * were neutralised for spreadsheets).
 *
 * <p>A folder holds one descriptor: writing a CSV file replaces its own resource and keeps those
 * of the folder's other CSV files that still exist; the package's {@code vetcpd} property is the
 * provenance of the file written last, and each resource carries its own.
 *
 * <p>This class is immutable and thread-safe; two processes writing into one folder at once may
 * each keep only their own resource.
 */
public final class DataPackage {
  /** The descriptor's file name, as the Data Package standard fixes it. */
  public static final String FILE = "datapackage.json";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DataPackage() {}

  /**
   * Writes (or updates) the descriptor beside a CSV file, atomically.
   *
   * A CSV file written in place ({@link AtomicFile#writtenInPlace}: {@code /dev/stdout}, a FIFO)
   * gets none: its descriptor would land in {@code /dev}, or beside a pipe.
   *
   * @param csv the CSV file, already written
   * @param header its columns, in order
   * @param provenance what produced it
   * @return the descriptor's path, or empty if the CSV file was written in place
   * @throws UncheckedIOException if the descriptor cannot be written
   */
  public static Optional<Path> write(Path csv, List<String> header, Provenance provenance) {
    requireNonNull(csv, "csv");
    requireNonNull(header, "header");
    requireNonNull(provenance, "provenance");
    if (AtomicFile.writtenInPlace(csv)) {
      return Optional.empty();
    }
    Map<Path, List<String>> one = new LinkedHashMap<>();
    one.put(csv, header);
    return Optional.of(write(one, provenance, false));
  }

  /**
   * Writes the descriptor of several CSV files of one folder; {@code dataFormat}: they are the CSV
   * data format of {@link CsvImport}.
   */
  static Path write(Map<Path, List<String>> files, Provenance provenance, boolean dataFormat) {
    try (AtomicFile out = prepare(files, provenance, dataFormat)) {
      out.commit();
      return out.target();
    }
  }

  /**
   * Commits a CSV file being written together with its descriptor: the descriptor is written
   * first and moved into place right after the CSV file, so that a descriptor that cannot be
   * written (a full disk, a folder of its name) leaves the CSV file uncommitted too, and the
   * run leaves nothing. A CSV file written in place gets no descriptor (see {@link #write(Path,
   * List, Provenance)}).
   *
   * @param csv the CSV file being written, not yet committed
   * @param header its columns, in order
   * @param provenance what produced it
   * @throws UncheckedIOException if either cannot be written
   * @throws IllegalStateException if the CSV file was already committed or closed
   */
  public static void commit(AtomicFile csv, List<String> header, Provenance provenance) {
    requireNonNull(csv, "csv");
    requireNonNull(header, "header");
    requireNonNull(provenance, "provenance");
    if (AtomicFile.writtenInPlace(csv.target())) {
      csv.commit();
      return;
    }
    Path codebook = csv.target().toAbsolutePath().getParent().resolve(FILE);
    try {
      if (AtomicFile.resolve(codebook).equals(csv.destination())) {
        // -o t/datapackage.json, or a link making the CSV and its codebook one file
        throw new java.nio.file.FileSystemException(csv.target().toString(), null,
            "it would be its own codebook " + FILE + "; give the CSV file another name");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv.target() + ": "
          + AtomicFile.reason(e), e);
    }
    Map<Path, List<String>> one = new LinkedHashMap<>();
    one.put(csv.target(), header);
    boolean existed = Files.exists(csv.destination());
    try (AtomicFile descriptor = prepare(one, provenance, false)) {
      csv.commit();
      try {
        descriptor.commit();
      } catch (UncheckedIOException e) {
        if (!existed) {
          // the two renames are not one step: a CSV file new to the folder goes again
          try {
            Files.deleteIfExists(csv.destination());
          } catch (IOException again) {
            e.addSuppressed(again);
          }
        }
        throw e;
      }
    }
  }

  /**
   * Writes the descriptor of several CSV files of one folder into a temporary file, not yet
   * committed: the caller commits it right after the CSV files, or closes it.
   */
  static AtomicFile prepare(Map<Path, List<String>> files, Provenance provenance,
      boolean dataFormat) {
    Path folder = files.keySet().iterator().next().toAbsolutePath().getParent();
    Path descriptor = folder.resolve(FILE);
    ObjectNode pkg = NODES.objectNode();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "vetcpd-tables");
    pkg.put("title", "Tables written by vetcpd");
    ArrayNode resources = pkg.putArray("resources");
    for (JsonNode old : existing(descriptor)) {
      String path = old.path("path").textValue();
      boolean replaced = files.keySet().stream()
          .anyMatch(f -> f.getFileName().toString().equals(path));
      if (path != null && !replaced && Files.isRegularFile(folder.resolve(path))) {
        resources.add(old);
      }
    }
    for (Map.Entry<Path, List<String>> f : files.entrySet()) {
      resources.add(resource(f.getKey().getFileName().toString(), f.getValue(), provenance,
          dataFormat));
    }
    pkg.set("vetcpd", provenance(provenance));
    if (AtomicFile.writtenInPlace(descriptor)) {
      // a device, a FIFO (opening it would wait for a reader), a link to one: no codebook
      IOException why = new java.nio.file.FileSystemException(descriptor.toString(), null,
          "it is not a regular file (a device, a FIFO or a link to one); remove it");
      throw new UncheckedIOException("cannot write " + descriptor + ": " + AtomicFile.reason(why),
          why);
    }
    if (Files.isSymbolicLink(descriptor)) {
      // vetcpd's own file, never named by the user: a link would have it replace whatever the
      // link leads to (another file, the JVM's own lib/modules)
      IOException why = new java.nio.file.FileSystemException(descriptor.toString(), null,
          "it is a symbolic link; the codebook is written only as a file of the CSV file's"
          + " folder: remove the link");
      throw new UncheckedIOException("cannot write " + descriptor + ": " + AtomicFile.reason(why),
          why);
    }
    AtomicFile out = AtomicFile.create(descriptor);
    try {
      out.writer().write(MAPPER.writeValueAsString(pkg));
      out.writer().write('\n');
      out.writer().flush();
      return out;
    } catch (IOException e) {
      out.close();
      throw new UncheckedIOException("cannot write " + descriptor + ": " + AtomicFile.reason(e), e);
    }
  }

  /**
   * Returns the descriptor of one CSV file as JSON text, as {@link #write} would write it into an
   * empty folder.
   *
   * @param fileName the CSV file's name, e.g. {@code table.csv}
   * @param header its columns, in order
   * @param provenance what produced it
   * @return the descriptor
   */
  public static String descriptor(String fileName, List<String> header, Provenance provenance) {
    ObjectNode pkg = NODES.objectNode();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "vetcpd-tables");
    pkg.put("title", "Tables written by vetcpd");
    pkg.putArray("resources").add(resource(fileName, header, provenance, false));
    pkg.set("vetcpd", provenance(provenance));
    try {
      return MAPPER.writeValueAsString(pkg) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The resources of an existing descriptor; none if there is none or it is not one. */
  private static Iterable<JsonNode> existing(Path descriptor) {
    if (!Files.isRegularFile(descriptor)) {
      return List.of();
    }
    try {
      JsonNode old = MAPPER.readTree(descriptor.toFile());
      JsonNode resources = old == null ? null : old.get("resources");
      return resources != null && resources.isArray() ? resources : List.of();
    } catch (IOException e) {
      return List.of(); // not a descriptor we can read: replaced
    }
  }

  private static ObjectNode resource(String fileName, List<String> header, Provenance p,
      boolean dataFormat) {
    ObjectNode r = NODES.objectNode();
    r.put("name", name(fileName));
    r.put("path", fileName);
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    r.put("description", p.cells() == CsvCells.SAFE
        ? "Cells from data that began with =, +, -, @, TAB or CR are prefixed with ' so that a"
            + " spreadsheet never runs them (numbers are never changed); write with --csv-raw"
            + " (CsvCells.RAW) for exact values."
        : "Every cell is exactly as in the data (--csv-raw): a cell may begin with =, +, -, @,"
            + " TAB or CR; open it in a spreadsheet with care.");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\r\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    for (String column : header) {
      fields.add(field(dataFormat ? Codebook.dataFormatField(column) : Codebook.field(column)));
    }
    schema.putArray("missingValues").add("");
    r.set("vetcpd", provenance(p));
    return r;
  }

  private static ObjectNode field(Codebook.Field f) {
    ObjectNode n = NODES.objectNode();
    n.put("name", f.name());
    n.put("type", f.type());
    n.put("description", f.description());
    if (f.unit() != null) {
      n.put("unit", f.unit());
    }
    if (!f.allowed().isEmpty() || f.minimum() != null || f.maximum() != null) {
      ObjectNode c = n.putObject("constraints");
      if (!f.allowed().isEmpty()) {
        ArrayNode values = c.putArray("enum");
        f.allowed().forEach(values::add);
      }
      if (f.minimum() != null) {
        c.put("minimum", f.type().equals("integer") ? f.minimum().longValue() : f.minimum());
      }
      if (f.maximum() != null) {
        c.put("maximum", f.maximum());
      }
    }
    return n;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode n = NODES.objectNode();
    p.rubric().ifPresent(r -> rubric(n.putObject("rubric"), r));
    p.rubricB().ifPresent(r -> rubric(n.putObject("rubricB"), r));
    n.put("version", p.version());
    n.put("commit", p.commit());
    p.command().ifPresent(c -> n.put("command", c));
    ObjectNode inputs = n.putObject("inputs");
    p.inputs().forEach(inputs::put);
    p.seed().ifPresent(s -> n.put("seed", s));
    p.draws().ifPresent(d -> n.put("draws", d));
    p.concentration().ifPresent(c -> n.put("concentration", c));
    n.put("csvCells", p.cells().name().toLowerCase(Locale.ROOT));
    return n;
  }

  private static void rubric(ObjectNode n, RubricRef r) {
    n.put("id", r.id());
    n.put("version", r.version());
    n.put("fingerprint", r.fingerprint());
  }

  /** A Data Package resource name: lower case letters, digits, {@code -._}. */
  private static String name(String fileName) {
    String base = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
    String n = base.replaceAll("[^a-z0-9._-]", "-");
    return n.isEmpty() ? "table" : n;
  }
}
